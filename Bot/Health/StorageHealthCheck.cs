using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Health;

/// <summary>
/// Healthy when the state storage answers a read and takes a write: what a load balancer needs to know before
/// sending traffic. The write is a probe of <see cref="ProbeBytes"/> that is removed right after, so the check turns
/// red while the disk (or the database's size cap) leaves no room for a customer's booking or order, and green again
/// as soon as there is.
/// </summary>
public sealed class StorageHealthCheck : IHealthCheck
{
    /// <summary>The probe's size: more than a conversation's state or a booking usually takes.</summary>
    public const int ProbeBytes = 16 * 1024;

    private const string ProbeKey = "majordome/health-probe";
    private static readonly string Padding = new('.', ProbeBytes);
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
        }
#pragma warning disable CA1031 // Any storage failure means unhealthy; the exception is reported, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Storage does not answer.", ex);
        }

        try
        {
            // No ETag: instances probing at once simply overwrite each other's probe.
            await _storage.WriteAsync(new Dictionary<string, object> { [ProbeKey] = new JObject { ["padding"] = Padding } }, cancellationToken).ConfigureAwait(false);
            await _storage.DeleteAsync([ProbeKey], cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Storage answers and takes writes.");
        }
#pragma warning disable CA1031 // As above: a failed write (disk full, read-only file) is the finding.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Storage answers but cannot write (disk full, size cap reached or read-only): " + ex.Message, ex);
        }
    }
}
