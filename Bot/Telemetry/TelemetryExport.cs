namespace Majordome.Bot.Telemetry;

/// <summary>
/// Which signals are exported, from the standard OpenTelemetry variables (environment or any configuration source):
/// an OTLP endpoint (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or the per-signal <c>..._TRACES_ENDPOINT</c> /
/// <c>..._METRICS_ENDPOINT</c>) turns a signal on; <c>OTEL_SDK_DISABLED=true</c> or <c>OTEL_TRACES_EXPORTER</c> /
/// <c>OTEL_METRICS_EXPORTER=none</c> turn it off. With neither signal on nothing is registered at all: no listener,
/// so no span is created and no instrument records.
/// </summary>
public sealed record TelemetryExport(bool Traces, bool Metrics)
{
    /// <summary>Whether anything is exported.</summary>
    public bool Any => Traces || Metrics;

    /// <summary>Reads the signals to export from <paramref name="configuration"/>.</summary>
    public static TelemetryExport From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase))
        {
            return new TelemetryExport(false, false);
        }

        var anySignal = IsSet(configuration, "OTEL_EXPORTER_OTLP_ENDPOINT");
        return new TelemetryExport(
            Traces: (anySignal || IsSet(configuration, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")) && !IsNone(configuration, "OTEL_TRACES_EXPORTER"),
            Metrics: (anySignal || IsSet(configuration, "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT")) && !IsNone(configuration, "OTEL_METRICS_EXPORTER"));
    }

    private static bool IsSet(IConfiguration configuration, string key) => !string.IsNullOrWhiteSpace(configuration[key]);

    private static bool IsNone(IConfiguration configuration, string key) =>
        string.Equals(configuration[key]?.Trim(), "none", StringComparison.OrdinalIgnoreCase);
}
