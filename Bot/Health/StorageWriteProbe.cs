using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Health;

/// <summary>
/// Whether the state storage takes a write the size of a booking: a probe of <see cref="ProbeBytes"/> written and
/// removed right after. A success is kept for <see cref="HealthOptions.StorageProbeInterval"/> (load balancers poll
/// every few seconds, and each probe is a synced write), unless a turn failed since (<see cref="Invalidate"/>),
/// which is how a full disk usually shows first. A failure is never kept, so the check turns green with the first
/// write that succeeds again.
/// </summary>
public sealed class StorageWriteProbe
{
    /// <summary>The probe's size: more than a conversation's state or a booking usually takes.</summary>
    public const int ProbeBytes = 16 * 1024;

    private const string ProbeKey = "majordome/health-probe";
    private static readonly string Padding = new('.', ProbeBytes);
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private long _healthyUntil = long.MinValue;
    private long _probesWritten;

    /// <summary>Creates the probe on the bot's storage.</summary>
    public StorageWriteProbe(IStorage storage, TimeProvider time, IOptions<HealthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _time = time;
        _interval = options.Value.StorageProbeInterval;
    }

    /// <summary>How many probes were written since start (what the interval saves, for the tests and the curious).</summary>
    public long ProbesWritten => Interlocked.Read(ref _probesWritten);

    /// <summary>Forgets the last success: the next check writes a probe. Called when a turn fails.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _healthyUntil, long.MinValue);

    /// <summary>Healthy when the storage took a probe within the interval, or takes one now.</summary>
    public async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcTicks;
        if (now < Interlocked.Read(ref _healthyUntil))
        {
            return HealthCheckResult.Healthy("Storage took a write probe recently.");
        }

        try
        {
            // No ETag: instances probing at once simply overwrite each other's probe.
            Interlocked.Increment(ref _probesWritten);
            await _storage.WriteAsync(new Dictionary<string, object> { [ProbeKey] = new JObject { ["padding"] = Padding } }, cancellationToken).ConfigureAwait(false);
            await _storage.DeleteAsync([ProbeKey], cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failed write (disk full, read-only file) is the finding, reported rather than thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Invalidate();
            return HealthCheckResult.Unhealthy("Storage cannot write (disk full, size cap reached or read-only): " + ex.Message, ex);
        }

        Interlocked.Exchange(ref _healthyUntil, now + _interval.Ticks);
        return HealthCheckResult.Healthy("Storage takes writes.");
    }
}
