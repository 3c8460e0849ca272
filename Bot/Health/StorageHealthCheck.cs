using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Majordome.Bot.Health;

/// <summary>Healthy when the state storage answers a read: what a load balancer needs to know before sending traffic.</summary>
public sealed class StorageHealthCheck : IHealthCheck
{
    private static readonly string[] ProbeKey = ["majordome/health-probe"];
    private readonly IStorage _storage;

    /// <summary>Creates the check on the bot's storage.</summary>
    public StorageHealthCheck(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _storage.ReadAsync(ProbeKey, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Storage answers.");
        }
#pragma warning disable CA1031 // Any storage failure means unhealthy; the exception is reported, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Storage does not answer.", ex);
        }
    }
}
