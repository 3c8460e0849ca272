using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// The replies of one inbox event's turn, numbered in the order the turn sends them. A reply whose number and
/// content were recorded by an earlier run of the same event (<see cref="ReplyJournal"/>) is not sent again; a reply
/// that differs (the turn went another way this time) is sent.
/// </summary>
public sealed class EventReplies
{
    private readonly ReplyJournal _journal;
    private readonly IReadOnlyDictionary<int, string> _sent;
    private int _next;

    private EventReplies(InboxTurn turn, ReplyJournal journal, IReadOnlyDictionary<int, string> sent)
    {
        Turn = turn;
        _journal = journal;
        _sent = sent;
    }

    /// <summary>The event.</summary>
    public InboxTurn Turn { get; }

    /// <summary>How many replies an earlier run of the event sent.</summary>
    public int SentBefore => _sent.Count;

    /// <summary>Reads what earlier runs of <paramref name="turn"/> sent.</summary>
    public static async Task<EventReplies> LoadAsync(InboxTurn turn, ReplyJournal journal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(journal);
        return new EventReplies(turn, journal, await journal.SentAsync(turn.InboxId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Numbers the turn's next reply; <c>AlreadySent</c> when an earlier run sent this very reply.</summary>
    public (int Seq, string Hash, bool AlreadySent) Next(JObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var seq = _next++;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.ToString(Formatting.None))));
        return (seq, hash, _sent.TryGetValue(seq, out var recorded) && recorded == hash);
    }

    /// <summary>Records that reply <paramref name="seq"/> went out (never cancelled: it did go out).</summary>
    public Task RecordAsync(int seq, string hash, string? messageId) =>
        _journal.RecordAsync(Turn.InboxId, seq, hash, messageId, CancellationToken.None);
}
