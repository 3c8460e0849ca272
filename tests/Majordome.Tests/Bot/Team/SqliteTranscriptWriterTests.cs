using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// On SQLite the transcript lines of turns that arrive together are committed in one transaction, each turn's append
/// returning once its own lines are in; lines keep their order, and one append that fails does not fail the others.
/// </summary>
public sealed class SqliteTranscriptWriterTests : IDisposable
{
    private const string Now = "2026-12-07T03:00:00.0000000+00:00";
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Appends_that_arrive_while_one_commits_are_committed_together_and_each_returns_once_its_lines_are_in()
    {
        var database = new BusinessDatabase(_file.Options);
        using var writer = new SqliteTranscriptWriter(database);
        await writer.AppendAsync("webchat", "warm-up", [("customer", null, "bonjour")], Now, CancellationToken.None);
        var before = writer.Commits;

        // The process's write gate is held (a state save under way): fifty turns' appends queue behind it.
        Task[] appends;
        using (await database.EnterSqliteWriteAsync(CancellationToken.None))
        {
            appends = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
            {
                await writer.AppendAsync("webchat", $"c{i % 5}", [("customer", null, $"message {i}"), ("bot", "Majordome", $"reply {i}")], Now, CancellationToken.None);

                // Returned: the lines are there for anyone who reads now.
                Assert.Equal(2, await CountAsync($"SELECT COUNT(*) FROM conversation_messages WHERE text IN ('message {i}', 'reply {i}');"));
            })).ToArray();
            await Task.Delay(300);
            Assert.All(appends, a => Assert.False(a.IsCompleted));
        }

        await Task.WhenAll(appends);

        Assert.Equal(101, await CountAsync("SELECT COUNT(*) FROM conversation_messages;"));
        Assert.True(writer.Commits - before <= 3, $"{writer.Commits - before} transactions for 50 appends");

        // Each turn's reply comes right after its message.
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM conversation_messages m JOIN conversation_messages r ON r.id = m.id + 1 WHERE m.text = 'message {i}' AND r.text = 'reply {i}';"));
        }
    }

    [Fact]
    public async Task An_append_that_fails_fails_alone()
    {
        var database = new BusinessDatabase(_file.Options);
        using var writer = new SqliteTranscriptWriter(database);
        await writer.AppendAsync("webchat", "warm-up", [("customer", null, "bonjour")], Now, CancellationToken.None);

        // A line the database refuses, as a constraint would.
        await CountAsync("CREATE TRIGGER refuse_boom BEFORE INSERT ON conversation_messages WHEN NEW.text = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END; SELECT 0;");

        Task good1, bad, good2;
        using (await database.EnterSqliteWriteAsync(CancellationToken.None))
        {
            good1 = Task.Run(() => writer.AppendAsync("webchat", "a", [("customer", null, "first")], Now, CancellationToken.None));
            bad = Task.Run(() => writer.AppendAsync("webchat", "b", [("customer", null, "boom")], Now, CancellationToken.None));
            good2 = Task.Run(() => writer.AppendAsync("webchat", "c", [("customer", null, "second")], Now, CancellationToken.None));
            await Task.Delay(300);
        }

        await good1;
        await good2;
        await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Equal(3, await CountAsync("SELECT COUNT(*) FROM conversation_messages;"));

        // The writer goes on after a failure.
        await writer.AppendAsync("webchat", "d", [("customer", null, "third")], Now, CancellationToken.None);
        Assert.Equal(4, await CountAsync("SELECT COUNT(*) FROM conversation_messages;"));
    }

    public void Dispose() => _file.Dispose();

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(_file.Options.ToConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
