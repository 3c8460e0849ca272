using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations of this process and their activities, in order, in memory: a restart forgets
/// them (the bot's own state is in the configured storage). Idle conversations are not yet removed.
/// </summary>
public sealed class DirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>A new, unguessable conversation id (not yet started).</summary>
    public static string NewConversationId() => "dl-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id, for clients that send none.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Starts <paramref name="conversationId"/> if needed; true if it was created by this call.</summary>
    public bool GetOrStart(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var created = false;
        _conversations.GetOrAdd(conversationId, _ =>
        {
            created = true;
            return new Conversation();
        });
        return created;
    }

    /// <summary>Whether the conversation has been started.</summary>
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

    /// <summary>Appends <paramref name="activity"/>, giving it the id <c>&lt;conversationId&gt;|&lt;seq&gt;</c>; returns that id.</summary>
    /// <exception cref="KeyNotFoundException">The conversation is unknown.</exception>
    public string Append(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            throw new KeyNotFoundException($"Unknown Direct Line conversation {conversationId}.");
        }

        lock (conversation.Gate)
        {
            activity.Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{conversation.Activities.Count:D7}");
            conversation.Activities.Add(activity);
            return activity.Id;
        }
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (all when null) and the new watermark, the sequence
    /// number of the last one; null if the conversation is unknown.
    /// </summary>
    public (IReadOnlyList<Activity> Activities, int? Watermark)? GetAfter(string conversationId, int? watermark)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        lock (conversation.Gate)
        {
            var start = watermark is { } w ? Math.Min(w + 1, conversation.Activities.Count) : 0;
            var activities = conversation.Activities.GetRange(start, conversation.Activities.Count - start);
            int? last = conversation.Activities.Count == 0 ? watermark : conversation.Activities.Count - 1;
            return (activities, watermark is { } given && activities.Count == 0 ? given : last);
        }
    }

    private sealed class Conversation
    {
        public Lock Gate { get; } = new();

        public List<Activity> Activities { get; } = [];

        public string? UserId { get; set; }
    }
}
