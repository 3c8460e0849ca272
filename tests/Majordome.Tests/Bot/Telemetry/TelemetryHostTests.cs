using System.Diagnostics;
using Majordome.Dialogs.Diagnostics;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Majordome.Tests.Bot.Telemetry;

/// <summary>
/// Telemetry through the real host: a booking on /api/messages with an OTLP endpoint set gives the turn's spans
/// under the request's span and the turn metrics, and reaches the collector over OTLP; with no OTEL_* variable
/// nothing is registered and nothing is exported. The in-memory exporters are added the way any deployment adds an
/// exporter, on top of the host's own OpenTelemetry set-up, so they see only what the host set up.
/// </summary>
public sealed class TelemetryHostTests
{
    private static readonly string[] Booking = ["bonjour", "Réserver une table", "Lyon", "2", "samedi à 15h", "Marie", "06 12 34 56 78", "oui"];

    [Fact]
    public async Task BookingOnApiMessages_WithOtlpEndpoint_ExportsTurnSpansAndMetrics()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var spans = new LockedCollection<Activity>();
        var metrics = new LockedCollection<MetricSnapshot>();
        await using var host = new BotApplicationFactory(
            new Dictionary<string, string?>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            },
            services => AddInMemoryExporters(services, spans, metrics));
        using var client = host.CreateClient();
        var conversation = $"telemetry-{Guid.NewGuid():N}";

        // The test's own trace: the request carries it (traceparent), so this booking's spans are told from those
        // of other tests' hosts running at the same time in this process.
        // Marked sampled, as a caller that traces would send it: the host's sampler follows its parent's decision.
        using var test = new Activity("telemetry-test").SetIdFormat(ActivityIdFormat.W3C);
        test.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        test.Start();
        List<string> replies = [];
        foreach (var text in Booking)
        {
            replies = await ExpectRepliesClient.SendForTextsAsync(client, conversation, text);
        }

        test.Stop();
        Assert.Contains(replies, r => r.StartsWith("C'est réservé !", StringComparison.Ordinal));
        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var trace = spans.Snapshot().Where(s => s.TraceId == test.TraceId).ToList();
        var turns = trace.Where(s => s.OperationName == "majordome.turn").ToList();
        Assert.True(turns.Count == Booking.Length, $"test trace {test.TraceId}: " + string.Join("\n", spans.Snapshot().Select(s => $"{s.TraceId} {s.SpanId} <- {s.ParentSpanId} {s.Kind} {s.OperationName} {s.DisplayName}")));
        Assert.All(turns, turn =>
        {
            Assert.Equal("webchat", turn.GetTagItem(MajordomeDiagnostics.ChannelTag));

            // Under ASP.NET Core's span of the POST /api/messages that carried it.
            var request = Assert.Single(trace, s => s.SpanId == turn.ParentSpanId);
            Assert.Equal(ActivityKind.Server, request.Kind);
            Assert.Equal("POST", request.GetTagItem("http.request.method"));
            foreach (var part in new[] { "majordome.conversation.lock", "majordome.storage.read", "majordome.dialog", "majordome.storage.write" })
            {
                Assert.Single(trace, s => s.OperationName == part && s.ParentSpanId == turn.SpanId);
            }
        });
        Assert.Equal("booking", turns.Last().GetTagItem(MajordomeDiagnostics.FlowTag));
        Assert.Equal("booking", trace.Last(s => s.OperationName == "majordome.dialog").GetTagItem(MajordomeDiagnostics.FlowTag));

        // "samedi à 15h" went through the date recognizer, inside that turn's dialog span.
        var dateTurn = turns[Array.IndexOf(Booking, "samedi à 15h")];
        var dialog = Assert.Single(trace, s => s.OperationName == "majordome.dialog" && s.ParentSpanId == dateTurn.SpanId);
        Assert.Contains(trace, s => s.OperationName == "majordome.recognize" && "datetime".Equals(s.GetTagItem(MajordomeDiagnostics.RecognizerTag)) && IsUnder(s, dialog, trace));

        // Metrics: other hosts may count turns at the same time in this process, never fewer than this booking's.
        var exported = metrics.Snapshot();
        Assert.True(Sum(exported, "majordome.turns", ("majordome.channel", "webchat"), ("majordome.flow", "booking")) >= 6, Names(exported));
        Assert.True(HistogramCount(exported, "majordome.turn.duration", ("majordome.channel", "webchat")) >= Booking.Length, Names(exported));
        Assert.True(HistogramCount(exported, "majordome.recognizer.duration", ("majordome.recognizer", "datetime")) >= 1, Names(exported));

        // And the same went to the collector over OTLP, as the OTEL_* variables asked.
        Assert.Contains("traces", collector.Received);
        Assert.Contains("metrics", collector.Received);
        Assert.Empty(collector.Refused);
    }

    [Fact]
    public async Task BookingTurn_WithoutOtelVariables_RegistersAndExportsNothing()
    {
        var spans = new LockedCollection<Activity>();
        var metrics = new LockedCollection<MetricSnapshot>();
        await using var host = new BotApplicationFactory(services: services => AddInMemoryExporters(services, spans, metrics));
        using var client = host.CreateClient();

        var conversation = $"no-telemetry-{Guid.NewGuid():N}";
        await ExpectRepliesClient.SendForTextsAsync(client, conversation, "bonjour");
        var replies = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "Réserver une table");

        Assert.Contains(replies, r => r.Contains("Dans quelle boutique", StringComparison.Ordinal));
        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Empty(spans);
        Assert.Empty(metrics);
    }

    private static void AddInMemoryExporters(IServiceCollection services, LockedCollection<Activity> spans, LockedCollection<MetricSnapshot> metrics)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
    }

    private static bool IsUnder(Activity span, Activity ancestor, List<Activity> trace)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    // Cumulative points: the last export of an instrument holds the totals.
    private static IEnumerable<MetricPoint> Points(List<MetricSnapshot> exported, string name, (string Key, string Value)[] tags) =>
        exported.LastOrDefault(m => m.Name == name)?.MetricPoints.Where(p => tags.All(t => HasTag(p, t.Key, t.Value))) ?? [];

    private static long Sum(List<MetricSnapshot> exported, string name, params (string Key, string Value)[] tags) =>
        Points(exported, name, tags).Sum(p => p.GetSumLong());

    private static long HistogramCount(List<MetricSnapshot> exported, string name, params (string Key, string Value)[] tags) =>
        Points(exported, name, tags).Sum(p => p.GetHistogramCount());

    private static bool HasTag(MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && value.Equals(tag.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static string Names(List<MetricSnapshot> exported) => "exported: " + string.Join(", ", exported.Select(m => m.Name).Distinct());
}
