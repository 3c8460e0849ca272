using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// A customer who said "stop" gets nothing, of any kind, on any channel, until they say "reprendre": a job scheduled
/// after the stop (their pending ones were cancelled then) is cancelled here.
/// </summary>
public sealed class StoppedRule(IProactiveConsents consents) : IProactiveRule
{
    /// <inheritdoc />
    public async Task<ProactiveVerdict?> CheckAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);

        // Utility news needs no opt-in, so "not allowed" there means only one thing: the customer stopped everything.
        return await consents.AllowsAsync(job.Request.To.CustomerKey, ProactiveCategory.Utility, cancellationToken).ConfigureAwait(false)
            ? null
            : new ProactiveVerdict.Cancel(ProactiveOutcomes.Stopped);
    }
}
