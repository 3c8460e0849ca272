using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Majordome.Bot.Team;

/// <summary>
/// A turn's transcript lines offered to the turn's last state save, to be written with it
/// (<see cref="IWrittenWithLastSave"/>): on PostgreSQL in its round trip, on SQLite in its transaction, one round trip
/// or one commit a turn fewer. The lines the save took and wrote are counted, so that the team-aware bot appends only
/// the others (all of them when the turn saved nothing, or saved otherwise).
/// </summary>
internal sealed class PendingTranscript : IWrittenWithLastSave
{
    private const string TurnKey = "Majordome.Team.PendingTranscript";

    private readonly string _channel;
    private readonly string _conversationId;
    private readonly List<(string Author, string? AuthorName, string Text)> _lines;
    private readonly string _now;
    private readonly string? _sqliteFile;
    private int _taken;

    /// <param name="channel">The conversation's channel.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="lines">The turn's lines so far, added to as the turn sends replies (lock it to change it).</param>
    /// <param name="now">The lines' time, as the transcript stores it.</param>
    /// <param name="sqliteFile">On SQLite, the full path of the transcript's file: only a save to that file writes the lines.</param>
    internal PendingTranscript(string channel, string conversationId, List<(string Author, string? AuthorName, string Text)> lines, string now, string? sqliteFile)
    {
        _channel = channel;
        _conversationId = conversationId;
        _lines = lines;
        _now = now;
        _sqliteFile = sqliteFile;
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
        var lines = Snapshot();
        if (lines.Count == 0)
        {
            return [];
        }

        var (sql, parameters) = TranscriptInsert.ForSavedState(_channel, _conversationId, lines, _now, SqlTranscriptStore.MaxTextLength);
        var insert = SqlTranscriptStore.PostgresCommand(sql, [.. parameters, ("@savedKey", savedKey), ("@savedETag", savedETag)]);
        return [SqlTranscriptStore.ConversationLock(_channel, _conversationId), insert];
    }

    /// <inheritdoc />
    public bool WriteInTransaction(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // An in-memory database names no file (and is not the transcript's).
        if (_sqliteFile is null || string.IsNullOrEmpty(connection.DataSource)
            || !string.Equals(Path.GetFullPath(connection.DataSource), _sqliteFile, StringComparison.Ordinal))
        {
            return false;
        }

        var lines = Snapshot();
        if (lines.Count == 0)
        {
            return false;
        }

        // A savepoint: a failure of the transcript's insert (its table not made yet on a first start) is rolled back
        // alone, and the state's save commits as it would have.
        Execute(connection, "SAVEPOINT transcript;");
        try
        {
            var (sql, parameters) = TranscriptInsert.For(_channel, _conversationId, lines, _now, SqlTranscriptStore.MaxTextLength);
            using var insert = SqlCommands.Create(connection, null, sql, parameters);
            insert.ExecuteNonQuery();
            Execute(connection, "RELEASE transcript;");
            return true;
        }
        catch (SqliteException)
        {
            Execute(connection, "ROLLBACK TO transcript; RELEASE transcript;");
            return false;
        }
    }

    /// <inheritdoc />
    public void Written() => WrittenCount = _taken;

    // The lines sent so far: a reply sent after the save is not among them, and is appended after the turn.
    private List<(string Author, string? AuthorName, string Text)> Snapshot()
    {
        List<(string Author, string? AuthorName, string Text)> lines;
        lock (_lines)
        {
            lines = [.. _lines];
        }

        _taken = lines.Count;
        return lines;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = SqlCommands.Create(connection, null, sql);
        command.ExecuteNonQuery();
    }
}
