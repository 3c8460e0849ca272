using Majordome.Bot;

namespace Majordome.Tests.Bot;

public class ConversationLocksTests
{
    [Fact]
    public async Task AcquireAsync_SameConversation_RunsTurnsOneAtATime()
    {
        var locks = new ConversationLocks();
        var running = 0;
        var maxRunning = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using (await locks.AcquireAsync("webchat/c1"))
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref maxRunning, now);
                await Task.Yield();
                await Task.Delay(1);
                Interlocked.Decrement(ref running);
            }
        }));

        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task AcquireAsync_DifferentConversations_DoNotWaitForEachOther()
    {
        var locks = new ConversationLocks();
        using var first = await locks.AcquireAsync("webchat/c1");

        var second = locks.AcquireAsync("webchat/c2");

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task Release_LastUser_ForgetsTheConversation()
    {
        var locks = new ConversationLocks();

        using (await locks.AcquireAsync("webchat/c1"))
        {
            Assert.Equal(1, locks.ActiveCount);
        }

        Assert.Equal(0, locks.ActiveCount);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ReleasesItsPlace()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("webchat/c1");
        using var cts = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("webchat/c1", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.ActiveCount);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
