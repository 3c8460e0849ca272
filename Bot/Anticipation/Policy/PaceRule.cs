using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// At most one message the customer did not ask for per configured period: one more is postponed to the end of the
/// period (or dropped for "pace", as configured), whatever its kind and channel.
/// </summary>
public sealed class PaceRule(ProactiveSentLog sent, IOptions<ProactiveOptions> options, TimeProvider time) : IProactiveRule
{
    /// <inheritdoc />
    public async Task<ProactiveVerdict?> CheckAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var settings = options.Value;
        if (settings.PacePeriod <= TimeSpan.Zero
            || await sent.LastSentAsync(job.Request.To.CustomerKey, null, cancellationToken).ConfigureAwait(false) is not { } last
            || time.GetUtcNow() - last >= settings.PacePeriod)
        {
            return null;
        }

        return settings.WhenPaceExceeded == PaceAction.Drop
            ? new ProactiveVerdict.Drop(ProactiveOutcomes.Pace)
            : new ProactiveVerdict.Postpone(last + settings.PacePeriod, ProactiveOutcomes.Pace);
    }
}
