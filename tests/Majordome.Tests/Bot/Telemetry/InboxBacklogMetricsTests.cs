using System.Diagnostics.Metrics;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Bot.Telemetry;
using Majordome.Tests.Bot.Storage;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Telemetry;

/// <summary>The inbox gauges report, per channel, the events not processed yet and how long the oldest has waited, from a real SQLite inbox.</summary>
public sealed class InboxBacklogMetricsTests : IDisposable
{
    private readonly TempSqliteFile _file = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sample_PendingEventsOnTwoChannels_GaugesCountAndOldestAgeByChannel()
    {
        var inbox = new MessengerInbox(new BusinessDatabase(_file.Options), _time);
        await inbox.AddAsync([Event("m1", "facebook", "c1")]);
        _time.Advance(TimeSpan.FromSeconds(10));
        await inbox.AddAsync([Event("m2", "facebook", "c2")]);
        _time.Advance(TimeSpan.FromSeconds(20));
        await inbox.AddAsync([Event("w1", "whatsapp", "c3")]);
        _time.Advance(TimeSpan.FromSeconds(15));
        var metrics = new InboxBacklogMetrics(inbox, _time);

        await metrics.SampleAsync();
        var (backlog, age) = Observe(metrics);

        Assert.Equal(new Dictionary<string, double> { ["facebook"] = 2, ["whatsapp"] = 1 }, backlog);
        Assert.Equal(new Dictionary<string, double> { ["facebook"] = 45, ["whatsapp"] = 15 }, age);

        // Processed, the WhatsApp event leaves the backlog at the next reading.
        var row = Assert.Single(await inbox.PendingAsync("c3", 10));
        Assert.True(await inbox.TryClaimAsync(row));
        await inbox.MarkFinishedAsync(row.Id, succeeded: true);
        await metrics.SampleAsync();
        (backlog, _) = Observe(metrics);
        Assert.Equal(new Dictionary<string, double> { ["facebook"] = 2 }, backlog);
    }

    public void Dispose() => _file.Dispose();

    private WebhookEvent Event(string key, string channel, string conversation) =>
        new(key, channel, "account", conversation, _time.GetUtcNow(), false, new JObject { ["message"] = new JObject { ["mid"] = key, ["text"] = "bonjour" } });

    // Only this test's instruments: other hosts in the process may have their own on the shared meter.
    private static (Dictionary<string, double> Backlog, Dictionary<string, double> Age) Observe(InboxBacklogMetrics metrics)
    {
        var backlog = new Dictionary<string, double>();
        var age = new Dictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument, metrics.Backlog) || ReferenceEquals(instrument, metrics.OldestAge))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => backlog[Channel(tags)] = value);
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => age[Channel(tags)] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return (backlog, age);
    }

    private static string Channel(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "majordome.channel")
            {
                return (string)tag.Value!;
            }
        }

        return "";
    }
}
