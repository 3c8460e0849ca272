using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// With <see cref="SqliteStorageOptions.CheckpointInBackground"/> no commit copies the write-ahead log into the file
/// (SQLite's default does it in the commit that passes 1,000 pages, and that turn, with every turn queued behind its
/// write, waits); <see cref="SqliteCheckpointService"/> does it in the background and keeps the log from growing.
/// </summary>
public sealed class SqliteCheckpointServiceTests : IDisposable
{
    // About 5 pages a document: 300 commits write about 1,500 pages to the log, past SQLite's 1,000-page default.
    private const int Writes = 300;
    private static readonly string Large = new('x', 16_000);
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task Commits_leave_the_log_to_the_background_service()
    {
        using var storage = new SqliteStorage(InBackground());

        await WriteAsync(storage, "a");

        Assert.True(await LogPagesAsync() >= Writes * 4, "the commits checkpointed the log themselves");
    }

    [Fact]
    public async Task Without_the_service_commits_checkpoint_as_SQLite_does_by_default()
    {
        using var storage = new SqliteStorage(_file.Options);

        await WriteAsync(storage, "a");

        Assert.True(await LogPagesAsync() < 1_100, "the log was never checkpointed");
    }

    [Fact]
    public async Task The_service_copies_the_log_into_the_file_and_the_log_stops_growing()
    {
        using var storage = new SqliteStorage(InBackground());
        var business = new BusinessDatabase(InBackground());
        using var service = new SqliteCheckpointService(_file.Options, TimeSpan.FromMilliseconds(10), NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(CancellationToken.None);
        var sizes = new List<long>();
        try
        {
            for (var batch = 0; batch < 4; batch++)
            {
                await WriteAsync(storage, $"batch{batch}-");
                await using (var lease = await business.BorrowForConversationWriteAsync(CancellationToken.None))
                await using (var insert = lease.Connection.CreateCommand())
                {
                    insert.CommandText = "INSERT INTO conversation_messages (channel, conversation_id, author, text, created_utc) VALUES ('test', 'c', 'customer', 'bonjour', '2026-12-07T00:00:00Z');";
                    await insert.ExecuteNonQueryAsync();
                }

                var after = service.Checkpoints;
                await WaitUntilAsync(() => service.Checkpoints > after + 1 && service.Last.Log > 0 && service.Last.Copied == service.Last.Log, () => $"batch {batch}: {service.Checkpoints} checkpoints, last {service.Last}");
                sizes.Add(new FileInfo(_file.DatabasePath + "-wal").Length);
            }
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        // Each batch's first commit started the log again from its beginning, the service having copied it all.
        Assert.True(service.Restarts >= 3, $"the log started again {service.Restarts} times in four batches (log file after each: {string.Join(", ", sizes)} bytes)");
        await using var connection = new SqliteConnection(_file.Options.ToConnectionString());
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM bot_state;";
        Assert.Equal(4L * Writes, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Under_writes_that_never_pause_the_log_still_starts_again()
    {
        using var storage = new SqliteStorage(InBackground());
        await storage.WriteAsync(new Dictionary<string, object> { ["first"] = new { text = Large } });
        using var service = new SqliteCheckpointService(_file.Options, TimeSpan.FromMilliseconds(20), NullLogger<SqliteCheckpointService>.Instance, restartFrom: 1_000);
        await service.StartAsync(CancellationToken.None);
        var written = 0;
        var largest = 0L;
        try
        {
            // Two writers commit back to back, 8,000 writes in all (more than a page each): a passive checkpoint
            // alone never finds the log all copied, so SQLite would never start it again.
            var until = DateTime.UtcNow.AddSeconds(60);
            async Task WriterAsync(string name)
            {
                for (var i = 0; Volatile.Read(ref written) < 8_000 && DateTime.UtcNow < until; i++)
                {
                    await storage.WriteAsync(new Dictionary<string, object> { [$"{name}{i % 500}"] = new { text = Large, i } });
                    Interlocked.Increment(ref written);
                    largest = Math.Max(largest, service.Last.Log);
                }
            }

            await Task.WhenAll(Task.Run(() => WriterAsync("a")), Task.Run(() => WriterAsync("b")));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        // A log that never starts again holds every write (23,470 pages for 16,534 writes when it did not); here it
        // started again from its beginning after the checkpoints, over and over. (Its file may still have grown for a
        // moment: writes go on while a checkpoint waits for the disk.)
        Assert.True(written >= 8_000, $"too few writes to tell ({written} in a minute)");
        Assert.True(service.Restarts >= 5, $"the log started again {service.Restarts} times for {written} writes (largest seen {largest} pages)");
    }

    [Fact]
    public async Task A_file_switched_to_the_log_after_the_service_opened_it_is_still_checkpointed()
    {
        // The file exists before the storage switches it to the write-ahead log (a first start: created, then set up),
        // and the service opens its connection in between.
        Directory.CreateDirectory(_file.Directory);
        await using (var first = new SqliteConnection(_file.Options.ToConnectionString() + ";Pooling=False"))
        {
            await first.OpenAsync();
            await using var create = first.CreateCommand();
            create.CommandText = "CREATE TABLE early (x INTEGER);";
            await create.ExecuteNonQueryAsync();
        }

        using var service = new SqliteCheckpointService(_file.Options, TimeSpan.FromMilliseconds(10), NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(100);
            using var storage = new SqliteStorage(InBackground());
            await WriteAsync(storage, "a");

            await WaitUntilAsync(() => service.Last.Log > 0 && service.Last.Copied == service.Last.Log, () => $"{service.Checkpoints} checkpoints, last {service.Last}");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_service_waits_for_the_file_instead_of_creating_it()
    {
        using var service = new SqliteCheckpointService(_file.Options, TimeSpan.FromMilliseconds(10), NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(CancellationToken.None);
        await Task.Delay(200);
        await service.StopAsync(CancellationToken.None);

        Assert.False(File.Exists(_file.DatabasePath));
    }

    public void Dispose() => _file.Dispose();

    private SqliteStorageOptions InBackground()
    {
        var options = _file.Options;
        options.CheckpointInBackground = true;
        return options;
    }

    private static async Task WriteAsync(SqliteStorage storage, string prefix)
    {
        for (var i = 0; i < Writes; i++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [prefix + i] = new { text = Large } });
        }
    }

    // The log's length in pages, as SQLite reports it (a passive checkpoint run here copies it, which the caller
    // no longer needs).
    private async Task<long> LogPagesAsync()
    {
        await using var connection = new SqliteConnection(_file.Options.ToConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetInt64(1);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string>? state = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the service did not checkpoint within 20 s ({state?.Invoke()})");
            await Task.Delay(10);
        }
    }
}
