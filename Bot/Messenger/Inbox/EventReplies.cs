using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// The replies of one inbox event's turn, numbered in the order the turn sends them. A reply whose number and
/// content were recorded by an earlier run of the same event (<see cref="ReplyJournal"/>) is not sent again; a reply
/// that differs (the turn went another way this time) is sent. Where Meta echoes the Page's messages
/// (<see cref="EchoWait"/> above zero), each reply's intent is written before it goes out with a
/// <see cref="ReplyToken"/> for its metadata; a reply an earlier run intended but never recorded (the process died
/// while it was on the wire) is sent again only if its echo does not come within <see cref="EchoWait"/>.
/// </summary>
public sealed class EventReplies
{
    private readonly ReplyJournal _journal;
    private readonly IReadOnlyDictionary<int, string> _sent;
    private readonly IReadOnlyDictionary<int, ReplyIntent> _intents;
    private DateTimeOffset? _echoDeadline;
    private int _next;

    private EventReplies(InboxTurn turn, ReplyJournal journal, TimeSpan echoWait, IReadOnlyDictionary<int, string> sent, IReadOnlyDictionary<int, ReplyIntent> intents)
    {
        Turn = turn;
        _journal = journal;
        EchoWait = echoWait;
        _sent = sent;
        _intents = intents;
    }

    /// <summary>The event.</summary>
    public InboxTurn Turn { get; }

    /// <summary>How long a reply that was on the wire when an earlier run died waits for its echo; zero: no intents, no tokens.</summary>
    public TimeSpan EchoWait { get; }

    /// <summary>How many replies an earlier run sent.</summary>
    public int SentBefore => _sent.Count;

    /// <summary>How many replies an earlier run was sending and did not record.</summary>
    public int InFlightBefore => _intents.Count(i => !_sent.ContainsKey(i.Key));

    /// <summary>
    /// Reads what earlier runs of <paramref name="turn"/> sent and, with a positive <paramref name="echoWait"/>,
    /// what they were about to send.
    /// </summary>
    public static async Task<EventReplies> LoadAsync(InboxTurn turn, ReplyJournal journal, TimeSpan echoWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(journal);
        var sent = await journal.SentAsync(turn.InboxId, cancellationToken).ConfigureAwait(false);
        var intents = echoWait > TimeSpan.Zero
            ? await journal.IntentsAsync(turn.InboxId, cancellationToken).ConfigureAwait(false)
            : new Dictionary<int, ReplyIntent>();
        return new EventReplies(turn, journal, echoWait > TimeSpan.Zero ? echoWait : TimeSpan.Zero, sent, intents);
    }

    /// <summary>Reads what earlier runs of <paramref name="turn"/> sent, without echo tracking.</summary>
    public static Task<EventReplies> LoadAsync(InboxTurn turn, ReplyJournal journal, CancellationToken cancellationToken) =>
        LoadAsync(turn, journal, TimeSpan.Zero, cancellationToken);

    /// <summary>Numbers the turn's next reply and says whether an earlier run sent it, was sending it, or neither.</summary>
    public PlannedReply Next(JObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var seq = _next++;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.ToString(Formatting.None))));
        if (_sent.TryGetValue(seq, out var recorded) && recorded == hash)
        {
            return new PlannedReply(seq, hash, ReplyState.Sent, null);
        }

        if (EchoWait <= TimeSpan.Zero)
        {
            return new PlannedReply(seq, hash, ReplyState.New, null);
        }

        // The same reply an earlier run intended keeps its token: its echo, however late, matches this intent.
        return _intents.TryGetValue(seq, out var intent) && intent.Hash == hash
            ? new PlannedReply(seq, hash, ReplyState.InFlight, intent.Token)
            : new PlannedReply(seq, hash, ReplyState.New, ReplyToken.New());
    }

    /// <summary>
    /// Numbers <paramref name="messages"/> (the replies of one activity) and keeps those still to send, with their
    /// index: a reply an earlier run sent is skipped, and so is one it was sending whose echo comes in time.
    /// </summary>
    public async Task<IReadOnlyList<(int Index, PlannedReply Reply)>> PendingAsync(IReadOnlyList<JObject> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var pending = new List<(int Index, PlannedReply Reply)>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var reply = Next(messages[i]);
            var gone = reply.State == ReplyState.Sent
                || (reply.State == ReplyState.InFlight && await EchoedAsync(reply, cancellationToken).ConfigureAwait(false));
            if (!gone)
            {
                pending.Add((i, reply));
            }
        }

        return pending;
    }

    /// <summary>
    /// For a reply an earlier run was sending: waits for its echo until <see cref="EchoWait"/> after the first such
    /// wait of this run (one wait per run, however many replies were on the wire); true when the echo came.
    /// </summary>
    public Task<bool> EchoedAsync(PlannedReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _echoDeadline ??= _journal.Now + EchoWait;
        return _journal.WaitForRecordAsync(Turn.InboxId, reply.Seq, reply.Hash, _echoDeadline.Value, cancellationToken);
    }

    /// <summary>Writes the intents of <paramref name="replies"/> (those with a token) before they go out.</summary>
    public Task IntendAsync(IReadOnlyList<PlannedReply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var intents = replies.Where(r => r.Token is not null).Select(r => (r.Seq, new ReplyIntent(r.Hash, r.Token!))).ToList();
        return _journal.IntendAsync(Turn.InboxId, intents, cancellationToken);
    }

    /// <summary>Records that reply <paramref name="seq"/> went out (never cancelled: it did go out).</summary>
    public Task RecordAsync(int seq, string hash, string? messageId) =>
        _journal.RecordAsync(Turn.InboxId, seq, hash, messageId, CancellationToken.None);
}
