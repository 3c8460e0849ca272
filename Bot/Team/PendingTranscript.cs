using Majordome.Bot.Storage;
using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Npgsql;

namespace Majordome.Bot.Team;

/// <summary>
/// A turn's transcript lines offered to the turn's last state save on PostgreSQL, to be written in its round trip
/// (<see cref="IWrittenWithLastSave"/>): one round trip a turn fewer. The lines the save took and wrote are counted,
/// so that the team-aware bot appends only the others (all of them when the turn saved nothing, or saved otherwise).
/// </summary>
internal sealed class PendingTranscript : IWrittenWithLastSave
{
    private const string TurnKey = "Majordome.Team.PendingTranscript";

    private readonly string _channel;
    private readonly string _conversationId;
    private readonly List<(string Author, string? AuthorName, string Text)> _lines;
    private readonly string _now;
    private int _taken;

    /// <param name="channel">The conversation's channel.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="lines">The turn's lines so far, added to as the turn sends replies (lock it to change it).</param>
    /// <param name="now">The lines' time, as the transcript stores it.</param>
    internal PendingTranscript(string channel, string conversationId, List<(string Author, string? AuthorName, string Text)> lines, string now)
    {
        _channel = channel;
        _conversationId = conversationId;
        _lines = lines;
        _now = now;
    }

    /// <summary>How many of the turn's first lines were written with its state save.</summary>
    internal int WrittenCount { get; private set; }

    /// <summary>Offers <paramref name="pending"/> to the turn of <paramref name="turnContext"/>.</summary>
    internal static void Attach(ITurnContext turnContext, PendingTranscript pending) => TurnItems.Set(turnContext, TurnKey, pending);

    /// <summary>The transcript lines waiting to go with the turn's last save, or null.</summary>
    internal static PendingTranscript? Find(ITurnContext turnContext) => TurnItems.Get<PendingTranscript>(turnContext, TurnKey);

    /// <inheritdoc />
    public IReadOnlyList<NpgsqlBatchCommand> Commands(string savedKey, string savedETag)
    {
        List<(string Author, string? AuthorName, string Text)> lines;
        lock (_lines)
        {
            lines = [.. _lines];
        }

        _taken = lines.Count;
        if (lines.Count == 0)
        {
            return [];
        }

        var (sql, parameters) = TranscriptInsert.ForSavedState(_channel, _conversationId, lines, _now, SqlTranscriptStore.MaxTextLength);
        var insert = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            insert.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
        }

        insert.Parameters.AddWithValue("savedKey", savedKey);
        insert.Parameters.AddWithValue("savedETag", savedETag);
        return [SqlTranscriptStore.ConversationLock(_channel, _conversationId), insert];
    }

    /// <inheritdoc />
    public void Written() => WrittenCount = _taken;
}
