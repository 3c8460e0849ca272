using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Diagnostics;
using Majordome.Tests.Bot.Messenger;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Telemetry;

/// <summary>
/// Every Graph API attempt counts in <c>majordome.send_api.calls</c> with its HTTP status, and a failed one in
/// <c>majordome.send_api.errors</c> with Graph's error code, against the fake Graph server on loopback.
/// </summary>
public sealed class SendApiMetricsTests
{
    [Fact]
    public async Task GraphCalls_OneRefusedOneAccepted_CountedByStatusAndErrorCode()
    {
        var measured = new ConcurrentBag<(string Instrument, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MajordomeDiagnostics.Name && instrument.Name.StartsWith("majordome.send_api.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            measured.Add((instrument.Name, copy));
        });
        listener.Start();
        await using var rig = await MessengerRig.StartAsync();
        var message = new JObject { ["recipient"] = new JObject { ["id"] = MessengerRig.Psid }, ["messaging_type"] = "RESPONSE", ["message"] = new JObject { ["text"] = "Bonjour" } };

        // A revoked token (code 190) is not worth another try: one attempt.
        rig.Graph.EnqueueError("err_190_invalid_token", 400);
        await Assert.ThrowsAsync<MessengerSendException>(() => rig.Client.PostAsync(FakeGraphServer.PageId, "me/messages", message));
        await rig.Client.PostAsync(FakeGraphServer.PageId, "me/messages", message);

        // Other tests may call Graph at the same time in this process: this test's points are among those measured.
        Assert.Contains(measured, m => m.Instrument == "majordome.send_api.errors" && Is(m.Tags, "majordome.send_api", "messenger") && Is(m.Tags, "majordome.graph.error_code", 190));
        Assert.Contains(measured, m => m.Instrument == "majordome.send_api.calls" && Is(m.Tags, "majordome.send_api", "messenger") && Is(m.Tags, "http.response.status_code", 400));
        Assert.Contains(measured, m => m.Instrument == "majordome.send_api.calls" && Is(m.Tags, "majordome.send_api", "messenger") && Is(m.Tags, "http.response.status_code", 200));
    }

    private static bool Is(Dictionary<string, object?> tags, string key, object expected) =>
        tags.TryGetValue(key, out var value) && expected.Equals(value);
}
