using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Bot.Team;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// On SQLite a turn's transcript lines are written in the transaction of its last state save (one commit and one
/// wait at the file's write gate, not two): kept when the save commits, gone with it when it fails, and a failure of
/// their own is rolled back alone, leaving the save and the lines to be appended after the turn.
/// </summary>
public sealed class TranscriptWithStateSaveTests : IDisposable
{
    private const string Key = "webchat/conversations/c-1";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-transcript-save-" + Guid.NewGuid().ToString("N"));
    private readonly BusinessDatabase _database;
    private readonly SqlTranscriptStore _transcripts;
    private readonly SqliteStorage _storage;

    public TranscriptWithStateSaveTests()
    {
        var options = new SqliteStorageOptions { DataDirectory = _folder, FileName = "majordome.db" };
        _database = new BusinessDatabase(options);
        _transcripts = new SqlTranscriptStore(_database, TimeProvider.System);
        _storage = new SqliteStorage(options);
    }

    [Fact]
    public async Task TheLines_AreCommittedWithTheSave_InTheSaveTransaction()
    {
        await _transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);
        var inTransaction = false;
        var pending = Offer(["Bordeaux", "Pour combien de personnes ?"]);
        var observed = new Observed(pending, connection => inTransaction = SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0);

        using (WrittenWithLastSave.Offer(observed))
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["step"] = 1 } });
        }

        Assert.True(inTransaction, "the lines were not written inside the save's transaction");
        Assert.Equal(2, pending.WrittenCount);
        Assert.Equal(["Bordeaux", "Pour combien de personnes ?"], (await _transcripts.ReadAsync("webchat", "c-1")).Select(l => l.Text));
    }

    [Fact]
    public async Task ASaveThatFails_TakesTheLinesWithIt()
    {
        await _transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);
        await _storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["step"] = 1 } });
        var pending = Offer(["Bordeaux"]);

        using (WrittenWithLastSave.Offer(pending))
        {
            await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
                _storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["step"] = 2, ["eTag"] = "stale" } }));
        }

        Assert.Equal(0, pending.WrittenCount);
        Assert.Empty(await _transcripts.ReadAsync("webchat", "c-1"));
    }

    [Fact]
    public async Task LinesThatCannotBeWritten_AreRolledBackAlone_AndTheSaveCommits()
    {
        // No transcript table yet (the business database was never opened): the insert fails inside the transaction.
        var pending = Offer(["Bordeaux"]);

        using (WrittenWithLastSave.Offer(pending))
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["step"] = 1 } });
        }

        Assert.Equal(0, pending.WrittenCount);
        var stored = await _storage.ReadAsync([Key]);
        Assert.Equal(1, ((JObject)stored[Key])["step"]!.Value<int>());
    }

    [Fact]
    public async Task ASaveToAnotherFile_LeavesTheLinesToTheTurn()
    {
        await _transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);
        using var elsewhere = new SqliteStorage(new SqliteStorageOptions { DataDirectory = _folder, FileName = "other.db" });
        var pending = Offer(["Bordeaux"]);

        using (WrittenWithLastSave.Offer(pending))
        {
            await elsewhere.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["step"] = 1 } });
        }

        Assert.Equal(0, pending.WrittenCount);
        Assert.Empty(await _transcripts.ReadAsync("webchat", "c-1"));
    }

    [Fact]
    public async Task ACustomersMessageWithANulCharacter_IsKeptWithoutIt()
    {
        await _transcripts.AppendAsync("webchat", "c-2", [(TranscriptAuthor.Customer, null, "bon\0jour")]);

        Assert.Equal("bonjour", Assert.Single(await _transcripts.ReadAsync("webchat", "c-2")).Text);
    }

    public void Dispose()
    {
        _storage.Dispose();
        _transcripts.Dispose();
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file on a slow machine; the folder is a temporary one.
        }
    }

    private PendingTranscript Offer(IReadOnlyList<string> texts)
    {
        List<(string Author, string? AuthorName, string Text)> lines = [.. texts.Select((t, i) => (i == 0 ? TranscriptAuthor.Customer : TranscriptAuthor.Bot, (string?)null, t))];
        return _transcripts.OfferToStateSave("webchat", "c-1", lines);
    }

    // Sees the connection the storage hands over, then lets the real lines be written.
    private sealed class Observed(IWrittenWithLastSave inner, Action<SqliteConnection> onWrite) : IWrittenWithLastSave
    {
        public IReadOnlyList<Npgsql.NpgsqlBatchCommand> Commands(string savedKey, string savedETag) => inner.Commands(savedKey, savedETag);

        public bool WriteInTransaction(SqliteConnection connection)
        {
            onWrite(connection);
            return inner.WriteInTransaction(connection);
        }

        public void Written() => inner.Written();
    }
}
