using System.Globalization;
using Majordome.Bot.Anticipation.Policy;
using Majordome.Dialogs.Anticipation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// Web Chat cannot write first: the messages due for a visitor wait for their next visit and are shown in its
/// greeting, composed then in the visitor's language (so they say what is true then). Coming back is not an opt-in:
/// an offer (a reorder suggestion, a birthday offer) needs the visitor's marketing consent as on every other channel
/// (<see cref="MarketingConsentRule"/>), while news about their own order or booking needs none. A stop stops all;
/// a message that no longer applies, or an offer without consent, is dropped with its reason.
/// </summary>
public sealed partial class ProactiveGreeting : IProactiveGreeting
{
    private readonly ProactiveJobClaims _claims;
    private readonly IReadOnlyList<IProactiveMessageComposer> _composers;
    private readonly IProactiveConsents _consents;
    private readonly MarketingConsentRule _marketing;
    private readonly IOptions<ProactiveOptions> _options;
    private readonly ILogger<ProactiveGreeting> _logger;

    /// <summary>Creates the greeting's source of messages.</summary>
    public ProactiveGreeting(ProactiveJobClaims claims, IEnumerable<IProactiveMessageComposer> composers, IProactiveConsents consents, IOptions<ProactiveOptions> options, ILogger<ProactiveGreeting> logger)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(composers);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _claims = claims;
        _composers = [.. composers];
        _consents = consents;
        _marketing = new MarketingConsentRule(consents);
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IActivity>> TakeDueAsync(string customerKey, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        ArgumentNullException.ThrowIfNull(culture);
        var jobs = await _claims.ClaimForVisitAsync(customerKey, _options.Value.ClaimLease, cancellationToken).ConfigureAwait(false);
        if (jobs.Count == 0)
        {
            return [];
        }

        var shown = new List<IActivity>();
        var stopped = !await _consents.AllowsAsync(customerKey, ProactiveCategory.Utility, cancellationToken).ConfigureAwait(false);
        foreach (var job in jobs)
        {
            var message = stopped ? null : await ComposeAsync(job, culture, cancellationToken).ConfigureAwait(false);
            // A turn of an earlier conversation (a parked flow) cannot go on in this visit's new one.
            var otherConversation = message?.WriteAsync is not null;
            message = otherConversation ? null : message;
            var held = message is null ? null : await _marketing.CheckAsync(job, message, cancellationToken).ConfigureAwait(false);
            var (status, outcome) = stopped ? (ProactiveJobStatus.Cancelled, ProactiveOutcomes.Stopped)
                : otherConversation ? (ProactiveJobStatus.Dropped, ProactiveOutcomes.ChannelCannotWriteFirst)
                : message is null ? (ProactiveJobStatus.Dropped, ProactiveOutcomes.NoLongerApplies)
                : held is not null ? (ProactiveJobStatus.Dropped, held.Reason)
                : (ProactiveJobStatus.Sent, ProactiveOutcomes.ShownAtVisit);
            await _claims.FinishAsync(job.Id, status, outcome, attempted: status == ProactiveJobStatus.Sent, cancellationToken).ConfigureAwait(false);
            Telemetry.ProactiveMetrics.RecordJob(job.Request.To.ChannelId, job.Request.Kind, status.ToString().ToLowerInvariant(), outcome);
            LogShown(job.Id, job.Request.Kind, status, outcome);
            if (status == ProactiveJobStatus.Sent && message is not null)
            {
                shown.AddRange(message.Activities);
            }
        }

        return shown;
    }

    private async Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken) =>
        _composers.FirstOrDefault(c => c.Kind == job.Request.Kind) is { } composer
            ? await composer.ComposeAsync(job, culture, cancellationToken).ConfigureAwait(false)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive job {JobId} ({Kind}) at the visitor's greeting: {Status} ({Outcome})")]
    private partial void LogShown(long jobId, string kind, ProactiveJobStatus status, string outcome);
}
