using Majordome.Bot.Telemetry;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Telemetry;

/// <summary>Which signals the standard OTEL_* variables turn on, as the OpenTelemetry specification reads them.</summary>
public sealed class TelemetryExportTests
{
    [Theory]
    [InlineData(null, null, null, null, null, false, false)]
    [InlineData("http://collector:4317", null, null, null, null, true, true)]
    [InlineData("  ", null, null, null, null, false, false)]
    [InlineData(null, "http://collector:4318/v1/traces", null, null, null, true, false)]
    [InlineData(null, null, "http://collector:4318/v1/metrics", null, null, false, true)]
    [InlineData("http://collector:4317", null, null, "none", null, false, true)]
    [InlineData("http://collector:4317", null, null, null, "none", true, false)]
    [InlineData("http://collector:4317", null, null, null, null, false, false, "true")]
    [InlineData("http://collector:4317", null, null, null, null, true, true, "false")]
    public void From_OtelVariables_TurnsSignalsOnAndOff(string? endpoint, string? tracesEndpoint, string? metricsEndpoint, string? tracesExporter, string? metricsExporter, bool traces, bool metrics, string? sdkDisabled = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = tracesEndpoint,
            ["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"] = metricsEndpoint,
            ["OTEL_TRACES_EXPORTER"] = tracesExporter,
            ["OTEL_METRICS_EXPORTER"] = metricsExporter,
            ["OTEL_SDK_DISABLED"] = sdkDisabled,
        }).Build();

        var export = TelemetryExport.From(configuration);

        Assert.Equal(new TelemetryExport(traces, metrics), export);
        Assert.Equal(traces || metrics, export.Any);
    }
}
