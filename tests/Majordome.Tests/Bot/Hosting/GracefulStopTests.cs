using System.Diagnostics;
using System.Globalization;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>
/// A deploy stops the bot with SIGTERM while customers are mid-turn. The running turn finishes and is answered,
/// then the process exits cleanly; a turn that outlasts the host's shutdown timeout (<c>shutdownTimeoutSeconds</c>,
/// HostOptions.ShutdownTimeout) does not hold the stop longer than that. The turn is held where a real one waits:
/// on the conversation's lock in PostgreSQL, taken here as another instance's turn would hold it.
/// </summary>
public sealed class GracefulStopTests
{
    [Fact]
    public async Task Sigterm_DuringATurn_AnswersTheTurnThenExits()
    {
        var (bot, lockHolder, turn) = await StartTurnHeldOnItsLockAsync(shutdownTimeoutSeconds: 30);
        await using (bot)
        await using (lockHolder)
        {
            await SigtermAsync(bot);

            // The host waits for the turn: still running a second later, with the turn still waiting.
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(bot.Process.HasExited, $"The bot exited before its running turn ended.\n{bot.Output}");
            Assert.False(turn.IsCompleted);

            await ReleaseAsync(lockHolder);
            var replies = await turn;
            Assert.Contains(replies, r => r.Contains("Dans quelle boutique", StringComparison.Ordinal));
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await bot.Process.WaitForExitAsync(patience.Token);
            Assert.Equal(0, bot.Process.ExitCode);
        }
    }

    [Fact]
    public async Task Sigterm_DuringATurnLongerThanTheShutdownTimeout_ExitsWithinTheTimeout()
    {
        var (bot, lockHolder, turn) = await StartTurnHeldOnItsLockAsync(shutdownTimeoutSeconds: 2);
        await using (bot)
        await using (lockHolder)
        {
            var watch = Stopwatch.StartNew();
            await SigtermAsync(bot);

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await bot.Process.WaitForExitAsync(patience.Token);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"The stop took {watch.Elapsed.TotalSeconds:0.0} s with a 2 s shutdown timeout.\n{bot.Output}");
            await Assert.ThrowsAnyAsync<Exception>(() => turn);
        }
    }

    private static async Task<(BotProcess Bot, NpgsqlConnection LockHolder, Task<List<string>> Turn)> StartTurnHeldOnItsLockAsync(int shutdownTimeoutSeconds)
    {
        var database = PostgresServer.Instance.CreateDatabase("graceful-stop");
        var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database,
            ["Understanding:TrainAtStartup"] = "false",
            ["shutdownTimeoutSeconds"] = shutdownTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        });
        var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(90) };
        var conversation = $"graceful-{Guid.NewGuid():N}";
        await ExpectRepliesClient.SendForTextsAsync(client, conversation, "bonjour");

        var lockHolder = new NpgsqlConnection(database);
        await lockHolder.OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended(@key, 1));", lockHolder))
        {
            take.Parameters.AddWithValue("key", $"webchat/{conversation}");
            await take.ExecuteNonQueryAsync();
        }

        var turn = ExpectRepliesClient.SendForTextsAsync(client, conversation, "Réserver une table");
        await WaitUntilTheTurnWaitsAsync(lockHolder, turn);
        return (bot, lockHolder, turn);
    }

    private static async Task WaitUntilTheTurnWaitsAsync(NpgsqlConnection connection, Task turn)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.False(turn.IsCompleted, "The turn ended while its conversation's lock was held elsewhere.");
            await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database());", connection);
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The turn never waited on its conversation's lock.");
    }

    private static async Task ReleaseAsync(NpgsqlConnection lockHolder)
    {
        await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock_all();", lockHolder);
        await release.ExecuteNonQueryAsync();
    }

    private static async Task SigtermAsync(BotProcess bot)
    {
        using var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", bot.Process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await signal.WaitForExitAsync();
    }
}
