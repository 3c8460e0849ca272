using Majordome.Bot;
using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Storage;

/// <summary>
/// Turn locks shared through PostgreSQL: each <see cref="ConversationLocks"/> below has its own data source,
/// as separate bot processes would.
/// </summary>
public sealed class PostgresConversationLockTests : IDisposable
{
    private readonly string _connectionString = PostgresServer.Instance.CreateDatabase("locks");
    private readonly List<NpgsqlDataSource> _dataSources = [];

    [Fact]
    public async Task AcquireAsync_SameConversationOnThreeInstances_NeverOverlaps()
    {
        var instances = Enumerable.Range(0, 3).Select(_ => NewInstance()).ToArray();
        var inside = 0;
        var maxInside = 0;
        var entered = 0;

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            using (await instances[i % 3].AcquireAsync("facebook/page-42"))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref maxInside, now);
                await Task.Delay(5);
                Interlocked.Increment(ref entered);
                Interlocked.Decrement(ref inside);
            }
        })));

        Assert.Equal(1, maxInside);
        Assert.Equal(30, entered);
    }

    [Fact]
    public async Task AcquireAsync_OtherConversation_IsNotBlocked()
    {
        var first = NewInstance();
        var second = NewInstance();
        using var held = await first.AcquireAsync("webchat/a");

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var other = await second.AcquireAsync("webchat/b", cancel.Token);

        Assert.False(cancel.IsCancellationRequested);
    }

    [Fact]
    public async Task AcquireAsync_HeldElsewhere_WaitsUntilReleased()
    {
        var first = NewInstance();
        var second = NewInstance();
        var held = await first.AcquireAsync("webchat/c");

        var waiting = second.AcquireAsync("webchat/c");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "the second instance must wait while the first holds the conversation");

        held.Dispose();
        using var acquired = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(waiting.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AcquireAsync_HolderConnectionDies_LockIsFreed()
    {
        // An instance that crashes mid-turn must not leave the conversation locked: its session ends with it.
        await using var crashed = new NpgsqlConnection(_connectionString);
        await crashed.OpenAsync();
        await using (var grab = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended('webchat/d', 1))", crashed))
        {
            await grab.ExecuteNonQueryAsync();
        }

        var waiting = NewInstance().AcquireAsync("webchat/d");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await crashed.CloseAsync();
        NpgsqlConnection.ClearPool(crashed);
        using var acquired = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(waiting.IsCompletedSuccessfully);
    }

    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
        {
            dataSource.Dispose();
        }
    }

    private ConversationLocks NewInstance()
    {
        var dataSource = NpgsqlDataSource.Create(_connectionString);
        _dataSources.Add(dataSource);
        return new ConversationLocks(new PostgresConversationLock(dataSource));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
