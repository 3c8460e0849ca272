using Majordome.Bot.Analytics;
using Majordome.Dialogs.Analytics;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Analytics;

public sealed class AnalyticsCountersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 15, 42, 10, TimeSpan.Zero);

    [Fact]
    public void Track_CountsByHourChannelLanguageEventAndName()
    {
        var time = new FakeTimeProvider(Now);
        var counters = new AnalyticsCounters(time);
        using var french = AnalyticsTurns.New("webchat", "fr");
        using var english = AnalyticsTurns.New("facebook", "en");

        counters.Track(french, AnalyticsEvents.Message);
        counters.Track(french, AnalyticsEvents.Message);
        counters.Track(english, AnalyticsEvents.FlowStarted, "booking");
        time.Advance(TimeSpan.FromMinutes(20));
        counters.Track(french, AnalyticsEvents.Message);

        var hour = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            new Dictionary<AnalyticsKey, long>
            {
                [new(hour, "webchat", "fr", AnalyticsEvents.Message, "")] = 2,
                [new(hour, "facebook", "en", AnalyticsEvents.FlowStarted, "booking")] = 1,
                [new(hour.AddHours(1), "webchat", "fr", AnalyticsEvents.Message, "")] = 1,
            },
            counters.Drain());
    }

    [Fact]
    public void Track_AChannelTheHostRegistered_IsCountedUnderItsAnalyticsName()
    {
        // The registry the host gives the bot is the one the reports read: a channel added there is not "other".
        var registry = new Majordome.Bot.Channels.ChannelRegistry([.. Majordome.Bot.Channels.BuiltInChannels.All, new("viber", "viber")]);
        var counters = new AnalyticsCounters(new FakeTimeProvider(Now), registry);
        using var turn = AnalyticsTurns.New("viber", "fr");

        counters.Track(turn, AnalyticsEvents.Message);

        Assert.Equal("viber", Assert.Single(counters.Drain()).Key.Channel);
    }

    [Fact]
    public void Track_AChannelIdNobodyUses_IsCountedAsOther()
    {
        var counters = new AnalyticsCounters(new FakeTimeProvider(Now));
        using var made = AnalyticsTurns.New("made-up-" + Guid.NewGuid().ToString("N"), "fr");
        using var none = AnalyticsTurns.New(null, "fr");

        counters.Track(made, AnalyticsEvents.Message);
        counters.Track(none, AnalyticsEvents.Message);

        var key = Assert.Single(counters.Drain());
        Assert.Equal((AnalyticsChannels.Other, 2L), (key.Key.Channel, key.Value));
    }

    [Fact]
    public void Drain_StartsFromZero_AndRestoreAddsBackToWhatWasCountedMeanwhile()
    {
        var counters = new AnalyticsCounters(new FakeTimeProvider(Now));
        using var turn = AnalyticsTurns.New("webchat", "fr");
        counters.Track(turn, AnalyticsEvents.Message);
        counters.Track(turn, AnalyticsEvents.Message);

        var taken = counters.Drain();
        Assert.Empty(counters.Drain());
        counters.Track(turn, AnalyticsEvents.Message);
        counters.Restore(taken);

        Assert.Equal(3, Assert.Single(counters.Drain()).Value);
    }

    [Fact]
    public async Task Track_FromManyThreads_LosesNoCount()
    {
        var counters = new AnalyticsCounters(new FakeTimeProvider(Now));
        long drained = 0;
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            using var turn = AnalyticsTurns.New("webchat", "fr");
            for (var i = 0; i < 10_000; i++)
            {
                counters.Track(turn, AnalyticsEvents.Message);
            }
        })).ToList();

        // Drained while the workers count, as the flusher does.
        while (workers.Any(w => !w.IsCompleted))
        {
            drained += counters.Drain().Values.Sum();
            await Task.Yield();
        }

        await Task.WhenAll(workers);
        drained += counters.Drain().Values.Sum();
        Assert.Equal(40_000, drained);
    }
}
