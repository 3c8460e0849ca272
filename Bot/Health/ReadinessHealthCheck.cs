using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Majordome.Bot.Health;

/// <summary>Healthy once the instance has finished its start-up work (<see cref="StartupReadiness"/>): part of <c>/readyz</c> only.</summary>
public sealed class ReadinessHealthCheck : IHealthCheck
{
    /// <summary>The tag of the checks <c>/readyz</c> runs besides the live ones.</summary>
    public const string Tag = "ready";

    private readonly StartupReadiness _readiness;

    /// <summary>Creates the check.</summary>
    public ReadinessHealthCheck(StartupReadiness readiness)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        _readiness = readiness;
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_readiness.IsReady
            ? HealthCheckResult.Healthy("Started.")
            : HealthCheckResult.Unhealthy("Starting: " + string.Join(", ", _readiness.Pending) + "."));
}
