using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Health;

/// <summary>How the health endpoints probe the instance, bound from the "Health" section.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Health";

    /// <summary>
    /// How long a successful storage write probe vouches for the storage: <c>/readyz</c> writes its probe at most
    /// this often, however many load balancers poll it, and at once after a turn failed (a full disk shows then, not
    /// a probe later). A failed probe is not kept: the next call probes again, so recovery shows at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Health:StorageProbeInterval must be between 00:00:00 and 00:10:00.")]
    public TimeSpan StorageProbeInterval { get; set; } = TimeSpan.FromSeconds(30);
}
