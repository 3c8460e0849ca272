using Majordome.Bot.Anticipation.Policy;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation;

/// <summary>One pass of the worker: claims this instance's share of the due jobs and takes each to its end.</summary>
public sealed class ProactiveSweep(ProactiveJobClaims claims, ProactiveDispatcher dispatcher, IOptions<ProactiveOptions> options)
{
    /// <summary>The claims this sweep makes (its instance).</summary>
    public ProactiveJobClaims Claims => claims;

    /// <summary>Runs one pass; returns how many jobs it claimed (the worker passes again at once while there were some).</summary>
    public async Task<IReadOnlyList<ProactiveVerdict>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var jobs = await claims.ClaimDueAsync(settings.BatchSize, settings.ClaimLease, cancellationToken).ConfigureAwait(false);
        var verdicts = new List<ProactiveVerdict>(jobs.Count);

        // One after the other: the platforms pace a Page's sends anyway, and a stop mid-batch leaves the rest claimed
        // only until their lease runs out.
        foreach (var job in jobs)
        {
            verdicts.Add(await dispatcher.DispatchAsync(claims, job, cancellationToken).ConfigureAwait(false));
        }

        return verdicts;
    }
}
