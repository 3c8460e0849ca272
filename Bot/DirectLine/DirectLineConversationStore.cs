using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Majordome.Bot.DirectLine;

/// <summary>What <see cref="DirectLineConversationStore.Start"/> did.</summary>
public enum DirectLineStartResult
{
    /// <summary>The conversation is new.</summary>
    Created,

    /// <summary>The conversation was already started (a client starting it again, or reconnecting).</summary>
    Existing,

    /// <summary>Refused: <see cref="DirectLineOptions.MaxConversations"/> conversations are already held.</summary>
    Full,
}

/// <summary>
/// The Direct Line conversations of this process and their recent activities, in order, in memory: a restart
/// forgets them (the bot's own state is in the configured storage). A conversation keeps at most
/// <see cref="DirectLineOptions.MaxHistoryActivities"/> activities and <see cref="DirectLineOptions.MaxHistoryBytes"/>
/// bytes (the oldest go first; sequence numbers and watermarks go on), and the store counts the bytes of all of them
/// (<see cref="TotalBytes"/>, <see cref="HasRoom"/>). Each conversation remembers when it last had an activity so
/// that idle ones can be removed (<see cref="RemoveIdle"/>), and signals its WebSocket streams when an activity is
/// appended.
/// </summary>
public sealed class DirectLineConversationStore : IDirectLineConversations
{
    private static readonly JsonSerializer Sizer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _time;
    private long _totalBytes;

    /// <summary>Creates the store.</summary>
    public DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>The bytes (as JSON) of the activities held in all conversations.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    /// <summary>
    /// Whether the conversations' history is under <see cref="DirectLineOptions.MaxTotalHistoryBytes"/>: when it is
    /// not, new conversations and visitors' messages are refused until idle ones are removed.
    /// </summary>
    public bool HasRoom => TotalBytes < _options.Value.MaxTotalHistoryBytes;

    /// <summary>A new, unguessable conversation id (not yet started).</summary>
    public static string NewConversationId() => "dl-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id, for clients that send none.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Starts <paramref name="conversationId"/> if needed and there is room.</summary>
    public DirectLineStartResult Start(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (_conversations.TryGetValue(conversationId, out var existing))
        {
            existing.Touch(_time.GetUtcNow());
            return DirectLineStartResult.Existing;
        }

        // The cap is checked before adding, so under a race a few more may slip in: it bounds memory, not exactly.
        if (_conversations.Count >= _options.Value.MaxConversations || !HasRoom)
        {
            return DirectLineStartResult.Full;
        }

        var created = false;
        _conversations.GetOrAdd(conversationId, _ =>
        {
            created = true;
            return new Conversation(_time.GetUtcNow());
        });
        return created ? DirectLineStartResult.Created : DirectLineStartResult.Existing;
    }

    /// <summary>Whether the conversation has been started (and not removed).</summary>
    public bool Exists(string conversationId) => _conversations.ContainsKey(conversationId);

    /// <summary>
    /// The conversation's user: the first id seen (or <paramref name="proposed"/>, or a generated one) is kept, so
    /// that one conversation is one user. Null if the conversation is unknown.
    /// </summary>
    public string? PinUser(string conversationId, string? proposed)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        lock (conversation.Gate)
        {
            return conversation.UserId ??= proposed ?? NewUserId();
        }
    }

    /// <summary>
    /// Appends <paramref name="activity"/>, giving it the id <c>&lt;conversationId&gt;|&lt;seq&gt;</c>, and drops the
    /// oldest activities beyond the conversation's caps (never the one just appended); returns the id.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The conversation is unknown.</exception>
    public string Append(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            throw new KeyNotFoundException($"Unknown Direct Line conversation {conversationId}.");
        }

        var options = _options.Value;
        TaskCompletionSource changed;
        string id;
        lock (conversation.Gate)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{conversation.NextSequence:D7}");
            activity.Id = id;
            var size = SizeOf(activity);
            conversation.Activities.Add(new Kept(activity, size));
            conversation.Bytes += size;
            var added = size;
            while (conversation.Activities.Count > 1
                && (conversation.Activities.Count > options.MaxHistoryActivities || conversation.Bytes > options.MaxHistoryBytes))
            {
                var dropped = conversation.Activities[0];
                conversation.Activities.RemoveAt(0);
                conversation.FirstSequence++;
                conversation.Bytes -= dropped.Bytes;
                added -= dropped.Bytes;
            }

            Interlocked.Add(ref _totalBytes, added);
            conversation.LastActive = _time.GetUtcNow();
            changed = conversation.Changed;
            conversation.Changed = NewSignal();
        }

        // Outside the lock: the streams waiting on the signal resume on their own threads.
        changed.TrySetResult();
        return id;
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (all when null) and the new watermark, the sequence
    /// number of the last one; null if the conversation is unknown.
    /// </summary>
    public (IReadOnlyList<Activity> Activities, int? Watermark)? GetAfter(string conversationId, int? watermark) =>
        Read(conversationId, watermark) is { } read ? (read.Activities, read.Watermark) : null;

    /// <summary>
    /// Like <see cref="GetAfter"/>, with a task that completes when the next activity is appended or the
    /// conversation is removed, so a stream can wait without polling; null if the conversation is unknown.
    /// </summary>
    public DirectLineRead? Read(string conversationId, int? watermark)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        lock (conversation.Gate)
        {
            // Watermarks are sequence numbers; what was dropped from the history is simply not there any more.
            var next = watermark is { } w ? w + 1 : 0;
            var start = Math.Clamp(next - conversation.FirstSequence, 0, conversation.Activities.Count);
            var activities = conversation.Activities.GetRange(start, conversation.Activities.Count - start).ConvertAll(kept => kept.Activity);
            int? last = conversation.NextSequence == 0 ? watermark : conversation.NextSequence - 1;
            return new DirectLineRead(activities, watermark is { } given && activities.Count == 0 ? given : last, conversation.Changed.Task, conversation.Removed.Token, conversation.NextSequence);
        }
    }

    /// <summary>The sequence number the next activity will get (the number of activities ever appended); null if unknown.</summary>
    public int? NextSequence(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        lock (conversation.Gate)
        {
            return conversation.NextSequence;
        }
    }

    /// <summary>The bytes (as JSON) of the activities the conversation holds; null if unknown.</summary>
    public long? HistoryBytes(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        lock (conversation.Gate)
        {
            return conversation.Bytes;
        }
    }

    /// <summary>Removes the conversations with no activity since <paramref name="idleSince"/>; returns how many.</summary>
    public int RemoveIdle(DateTimeOffset idleSince)
    {
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive < idleSince && _conversations.TryRemove(id, out _))
            {
                lock (conversation.Gate)
                {
                    Interlocked.Add(ref _totalBytes, -conversation.Bytes);
                    conversation.Bytes = 0;
                    conversation.Activities.Clear();
                }

                // Open streams of the conversation end, and their clients learn it is gone when they reconnect.
                conversation.Removed.Cancel();
                removed++;
            }
        }

        return removed;
    }

    /// <inheritdoc />
    ValueTask<DirectLineStartResult> IDirectLineConversations.StartAsync(string conversationId, CancellationToken cancellationToken) => ValueTask.FromResult(Start(conversationId));

    /// <inheritdoc />
    ValueTask<bool> IDirectLineConversations.ExistsAsync(string conversationId, CancellationToken cancellationToken) => ValueTask.FromResult(Exists(conversationId));

    /// <inheritdoc />
    ValueTask<string?> IDirectLineConversations.PinUserAsync(string conversationId, string? proposed, CancellationToken cancellationToken) => ValueTask.FromResult(PinUser(conversationId, proposed));

    /// <inheritdoc />
    ValueTask<string> IDirectLineConversations.AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) => ValueTask.FromResult(Append(conversationId, activity));

    /// <inheritdoc />
    ValueTask<DirectLineRead?> IDirectLineConversations.ReadAsync(string conversationId, int? watermark, CancellationToken cancellationToken) => ValueTask.FromResult(Read(conversationId, watermark));

    /// <inheritdoc />
    ValueTask<int?> IDirectLineConversations.NextSequenceAsync(string conversationId, CancellationToken cancellationToken) => ValueTask.FromResult(NextSequence(conversationId));

    /// <inheritdoc />
    ValueTask<int> IDirectLineConversations.RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) => ValueTask.FromResult(RemoveIdle(idleSince));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The activity's size as the clients receive it (UTF-8 JSON), counted without building the string.</summary>
    private static int SizeOf(Activity activity)
    {
        using var counter = new ByteCountingStream();
        using (var writer = new StreamWriter(counter, new System.Text.UTF8Encoding(false), 4096, leaveOpen: true))
        {
            Sizer.Serialize(writer, activity);
        }

        return (int)Math.Min(counter.Length, int.MaxValue);
    }

    private sealed record Kept(Activity Activity, int Bytes);

    private sealed class Conversation(DateTimeOffset now)
    {
        public Lock Gate { get; } = new();

        public List<Kept> Activities { get; } = [];

        /// <summary>The sequence number of <see cref="Activities"/>[0]: those before were dropped by the caps.</summary>
        public int FirstSequence { get; set; }

        public int NextSequence => FirstSequence + Activities.Count;

        public long Bytes { get; set; }

        public string? UserId { get; set; }

        public DateTimeOffset LastActive { get; set; } = now;

        public TaskCompletionSource Changed { get; set; } = NewSignal();

        public CancellationTokenSource Removed { get; } = new();

        public void Touch(DateTimeOffset time)
        {
            lock (Gate)
            {
                LastActive = time;
            }
        }
    }
}

/// <summary>A read of a conversation's activities after a watermark.</summary>
/// <param name="Activities">The activities after the watermark.</param>
/// <param name="Watermark">The watermark to ask from next time.</param>
/// <param name="Changed">Completes when the next activity is appended.</param>
/// <param name="Removed">Cancelled when the conversation is removed.</param>
/// <param name="NextSequence">The sequence number the next activity will get (a watermark at or past it is ahead of the conversation).</param>
public sealed record DirectLineRead(IReadOnlyList<Activity> Activities, int? Watermark, Task Changed, CancellationToken Removed, int NextSequence);
