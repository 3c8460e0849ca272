using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Majordome.Bot.Health;

/// <summary>Readiness: the storage takes a booking-sized write (<see cref="StorageWriteProbe"/>); part of <c>/readyz</c> only.</summary>
public sealed class StorageWritableHealthCheck : IHealthCheck
{
    private readonly StorageWriteProbe _probe;

    /// <summary>Creates the check.</summary>
    public StorageWritableHealthCheck(StorageWriteProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        _probe = probe;
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _probe.CheckAsync(cancellationToken);
}
