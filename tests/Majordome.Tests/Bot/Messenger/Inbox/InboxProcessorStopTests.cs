using System.Diagnostics;
using Majordome.Bot.Messenger.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Majordome.Tests.Bot.Messenger.Inbox;

/// <summary>The inbox processor's part of a stop: with nothing in progress it is over at once, not at the host's shutdown timeout.</summary>
public sealed class InboxProcessorStopTests
{
    [Fact]
    public async Task Stop_NothingInProgress_ReturnsAtOnce()
    {
        using var host = new MessengerHost();
        await host.DrainAsync();
        var processor = host.Services.GetServices<IHostedService>().OfType<MessengerInboxProcessor>().Single();
        using var shutdownTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var watch = Stopwatch.StartNew();

        await processor.StopAsync(shutdownTimeout.Token);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The processor took {watch.Elapsed.TotalSeconds:0.0} s to stop");
    }
}
