using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Majordome.Bot.Health;

/// <summary>
/// Liveness: the state storage answers a read. It writes nothing, and stays green on a full disk or a missing
/// database file: restarting the process mends neither (a restart on a missing SQLite file would even start an
/// empty one), so those turn <c>/readyz</c> red instead (<see cref="StorageWritableHealthCheck"/>,
/// <see cref="DatabaseFileHealthCheck"/>) and the load balancer sends customers elsewhere.
/// </summary>
public sealed class StorageHealthCheck : IHealthCheck
{
    private const string ProbeKey = "majordome/health-probe";
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
            await _storage.ReadAsync([ProbeKey], cancellationToken).ConfigureAwait(false);
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
