using Majordome.Bot.Analytics;
using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Analytics;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Analytics;

public sealed class AnalyticsFlusherTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
    private readonly TempSqliteFile _file = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task Flush_WritesTheCounts_AndTheNextFlushAddsOnlyWhatCameSince()
    {
        var counters = new AnalyticsCounters(_time);
        var store = new SqlAnalyticsStore(new BusinessDatabase(_file.Options));
        var flusher = Flusher(counters, store);
        using var turn = AnalyticsTurns.New();

        counters.Track(turn, AnalyticsEvents.Message);
        counters.Track(turn, AnalyticsEvents.Message);
        Assert.True(await flusher.FlushAsync(CancellationToken.None));
        counters.Track(turn, AnalyticsEvents.Message);
        Assert.True(await flusher.FlushAsync(CancellationToken.None));
        Assert.True(await flusher.FlushAsync(CancellationToken.None));

        Assert.Equal(3, (await store.ReadAsync(Now, Now.AddHours(1))).Messages);
    }

    [Fact]
    public async Task Flush_TheDatabaseUnreachable_KeepsTheCountsForTheNextTry()
    {
        var counters = new AnalyticsCounters(_time);
        // A database file inside a regular file: SQLite cannot open it.
        var blocker = Path.Combine(_file.Options.DataDirectory, "not-a-folder");
        Directory.CreateDirectory(_file.Options.DataDirectory);
        await File.WriteAllTextAsync(blocker, "x");
        var unreachable = new SqlAnalyticsStore(new BusinessDatabase(new SqliteStorageOptions { DataDirectory = blocker, FileName = "bot.db" }));
        using var turn = AnalyticsTurns.New();
        counters.Track(turn, AnalyticsEvents.Handoff);

        Assert.False(await Flusher(counters, unreachable).FlushAsync(CancellationToken.None));
        Assert.Contains("Could not write 1 analytics counter(s) to the database; they are kept for the next try.", _logs.All, StringComparison.Ordinal);

        var store = new SqlAnalyticsStore(new BusinessDatabase(_file.Options));
        Assert.True(await Flusher(counters, store).FlushAsync(CancellationToken.None));
        Assert.Equal(1, (await store.ReadAsync(Now, Now.AddHours(1))).Handoffs);
    }

    [Fact]
    public async Task Stopping_WritesWhatWasCountedSinceTheLastInterval()
    {
        var counters = new AnalyticsCounters(_time);
        var store = new SqlAnalyticsStore(new BusinessDatabase(_file.Options));
        var flusher = Flusher(counters, store, TimeSpan.FromMinutes(10));
        await flusher.StartAsync(CancellationToken.None);
        using var turn = AnalyticsTurns.New();
        counters.Track(turn, AnalyticsEvents.Conversation);

        await flusher.StopAsync(CancellationToken.None);

        Assert.True(1 == (await store.ReadAsync(Now, Now.AddHours(1))).Conversations, _logs.All);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }

    private AnalyticsFlusher Flusher(AnalyticsCounters counters, SqlAnalyticsStore store, TimeSpan? interval = null) =>
        new(counters, store, Options.Create(new AnalyticsOptions { FlushInterval = interval ?? TimeSpan.FromSeconds(10) }), _time, new Logger<AnalyticsFlusher>(new LoggerFactory([_logs])));
}
