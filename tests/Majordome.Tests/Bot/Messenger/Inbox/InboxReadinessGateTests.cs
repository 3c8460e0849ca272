using System.Diagnostics;
using Majordome.Bot.Health;
using Majordome.Bot.Messenger.Inbox;

namespace Majordome.Tests.Bot.Messenger.Inbox;

/// <summary>The inbox's first turns wait for the intent model, but never forever.</summary>
public sealed class InboxReadinessGateTests
{
    [Fact]
    public async Task ModelSettlesWhileWaiting_TheGateOpensThen()
    {
        var readiness = new StartupReadiness();
        var logs = new CapturedLogs();
        var gate = new InboxReadinessGate(readiness, TimeSpan.FromSeconds(30), TimeProvider.System, logs.CreateLogger("gate"));

        var waiting = gate.WaitAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        readiness.MarkUnderstandingSettled();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(logs.Lines);
    }

    [Fact]
    public async Task ModelNeverSettles_TheGateOpensAfterTheLongestWait_AndSaysSo()
    {
        var readiness = new StartupReadiness();
        var logs = new CapturedLogs();
        var gate = new InboxReadinessGate(readiness, TimeSpan.FromMilliseconds(200), TimeProvider.System, logs.CreateLogger("gate"));
        var watch = Stopwatch.StartNew();

        await gate.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(150), $"opened after {watch.Elapsed}");
        Assert.Contains("intent recognizer training", Assert.Single(logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStopping_TheWaitIsCancelled()
    {
        var gate = new InboxReadinessGate(new StartupReadiness(), TimeSpan.FromSeconds(30), TimeProvider.System, new CapturedLogs().CreateLogger("gate"));
        using var stopping = new CancellationTokenSource(50);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.WaitAsync(stopping.Token));
    }
}
