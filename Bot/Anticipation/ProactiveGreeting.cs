using System.Globalization;
using Majordome.Dialogs.Anticipation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// Web Chat cannot write first: the messages due for a visitor wait for their next visit and are shown in its
/// greeting, composed then in the visitor's language (so they say what is true then). The visitor came of their own
/// accord, so no opt-in is needed, only no stop; a message that no longer applies is dropped.
/// </summary>
public sealed partial class ProactiveGreeting : IProactiveGreeting
{
    private readonly ProactiveJobClaims _claims;
    private readonly IReadOnlyList<IProactiveMessageComposer> _composers;
    private readonly IProactiveConsents _consents;
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
            var (status, outcome) = stopped ? (ProactiveJobStatus.Cancelled, ProactiveOutcomes.Stopped)
                : otherConversation ? (ProactiveJobStatus.Dropped, ProactiveOutcomes.ChannelCannotWriteFirst)
                : message is null ? (ProactiveJobStatus.Dropped, ProactiveOutcomes.NoLongerApplies)
                : (ProactiveJobStatus.Sent, ProactiveOutcomes.ShownAtVisit);
            await _claims.FinishAsync(job.Id, status, outcome, attempted: status == ProactiveJobStatus.Sent, cancellationToken).ConfigureAwait(false);
            Telemetry.ProactiveMetrics.RecordJob(job.Request.To.ChannelId, job.Request.Kind, status.ToString().ToLowerInvariant(), outcome);
            LogShown(job.Id, job.Request.Kind, status, outcome);
            if (message is not null)
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
