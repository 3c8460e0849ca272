using Majordome.Dialogs.Diagnostics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Majordome.Bot.Telemetry;

/// <summary>Registers OpenTelemetry when the standard <c>OTEL_*</c> variables ask for an OTLP export (see <see cref="TelemetryExport"/>).</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The service name sent when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string DefaultServiceName = "majordome";

    /// <summary>
    /// Traces: Majordome's spans (<see cref="MajordomeDiagnostics.Name"/>), ASP.NET Core requests, outgoing HTTP
    /// calls (Graph API, Bot Connector) and Npgsql commands. Metrics: Majordome's instruments, ASP.NET Core's and
    /// HttpClient's. Exported over OTLP with the endpoint, protocol, headers, intervals and sampler the
    /// <c>OTEL_*</c> variables set. Nothing is registered when no OTLP endpoint is set.
    /// </summary>
    public static IServiceCollection AddMajordomeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var export = TelemetryExport.From(configuration);
        if (!export.Any)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
        {
            // OTEL_SERVICE_NAME, when set, is read by the SDK's resource detector and wins.
            telemetry.ConfigureResource(resource => resource.AddService(DefaultServiceName, serviceVersion: typeof(TelemetryServiceCollectionExtensions).Assembly.GetName().Version?.ToString()));
        }

        if (export.Traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(MajordomeDiagnostics.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        }

        if (export.Metrics)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(MajordomeDiagnostics.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
            services.AddSingleton<InboxBacklogMetrics>();
            services.AddHostedService<InboxBacklogSampler>();
        }

        telemetry.UseOtlpExporter();
        return services;
    }
}
