using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// Every turn appends to the team's transcript, so that append must not queue behind other conversations. On
/// PostgreSQL it takes its conversation's lock, not the business write lock every booking and order takes; on
/// SQLite it waits for the process's turn to write the file instead of sleeping in SQLite's busy handler.
/// </summary>
public sealed class TranscriptAppendLockTests
{
    // Long enough for an append that does not wait to finish on a loaded machine; only an append that waits for the
    // lock held below stays unfinished. Nothing is timed: the assertions are about order, not speed.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Postgres_AnotherConversationsBusinessWrite_DoesNotHoldTheAppend()
    {
        using var database = new PostgresTestDatabase("transcript_lock");
        var dataSource = database.NewDataSource();
        var business = new BusinessDatabase(dataSource);
        var transcripts = new SqlTranscriptStore(business, TimeProvider.System);
        await transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);

        // A booking or an order in progress elsewhere holds the business write lock.
        await using (var writer = await business.OpenForWriteAsync(CancellationToken.None))
        await using (var transaction = await business.BeginWriteAsync(writer, CancellationToken.None))
        {
            var append = transcripts.AppendAsync("webchat", "c-1", [(TranscriptAuthor.Customer, null, "une table pour 2")]);
            var finished = await Task.WhenAny(append, Task.Delay(TimeSpan.FromSeconds(30))) == append;

            Assert.True(finished, "the transcript append waited for another conversation's business write");
            await append;
        }

        Assert.Equal(["une table pour 2"], (await transcripts.ReadAsync("webchat", "c-1")).Select(l => l.Text));
    }

    [Fact]
    public async Task Postgres_AnAppendToTheSameConversation_WaitsForTheOneInProgress_SoIdsCommitInOrder()
    {
        using var database = new PostgresTestDatabase("transcript_order");
        var dataSource = database.NewDataSource();
        var transcripts = new SqlTranscriptStore(new BusinessDatabase(dataSource), TimeProvider.System);
        await transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);

        // An agent's line of c-1 is being committed on another connection: it holds c-1's transcript lock.
        await using var agent = await dataSource.OpenConnectionAsync();
        await using var agentTransaction = await agent.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@conversation, 2));", agent, agentTransaction))
        {
            hold.Parameters.AddWithValue("conversation", "webchat\u001fc-1");
            await hold.ExecuteNonQueryAsync();
        }

        var sameConversation = transcripts.AppendAsync("webchat", "c-1", [(TranscriptAuthor.Bot, null, "Pour quelle date ?")]);
        var otherConversation = transcripts.AppendAsync("webchat", "c-2", [(TranscriptAuthor.Bot, null, "Bonjour !")]);
        await otherConversation.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(Settle);

        Assert.False(sameConversation.IsCompleted, "a line of c-1 was written while another of c-1 was being committed");
        await agentTransaction.CommitAsync();
        await sameConversation.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["Pour quelle date ?"], (await transcripts.ReadAsync("webchat", "c-1")).Select(l => l.Text));
    }

    [Fact]
    public async Task Sqlite_TheAppendWaitsForThisProcesssTurnToWrite_AndThenWrites()
    {
        using var file = new TempSqliteFile();
        try
        {
            var business = new BusinessDatabase(file.Options);
            var transcripts = new SqlTranscriptStore(business, TimeProvider.System);
            await transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);

            Task append;
            await using (await business.OpenForWriteAsync(CancellationToken.None))
            {
                append = transcripts.AppendAsync("webchat", "c-1", [(TranscriptAuthor.Customer, null, "une table pour 2")]);
                await Task.Delay(Settle);

                // Waiting in memory for the writer before it, not trying the file and sleeping in SQLite's busy handler.
                Assert.False(append.IsCompleted, "the append did not wait for this process's turn to write the file");
            }

            await append.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(["une table pour 2"], (await transcripts.ReadAsync("webchat", "c-1")).Select(l => l.Text));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
