using System.Globalization;
using Majordome.Bot.Anticipation.Delivery;
using Majordome.Bot.Anticipation.Policy;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation;

/// <summary>
/// Takes one claimed job to its end: its composer writes the message now (so it says what is true now), the rules
/// (stop, consent, quiet hours, pace) and then the channel's policy decide, and the platform's delivery sends it.
/// What is not allowed is dropped or postponed with its reason, never forced; a temporary failure is tried again
/// later (the job's next due time, doubling), up to <see cref="ProactiveOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class ProactiveDispatcher
{
    private readonly IReadOnlyList<IProactiveMessageComposer> _composers;
    private readonly IReadOnlyList<IProactiveRule> _rules;
    private readonly IReadOnlyList<IProactiveChannelPolicy> _channels;
    private readonly IReadOnlyList<IProactiveDelivery> _deliveries;
    private readonly SqlProactiveReads _reads;
    private readonly IOptions<ProactiveOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ProactiveDispatcher> _logger;

    /// <summary>Creates the dispatcher; <paramref name="rules"/> run in the order given.</summary>
    public ProactiveDispatcher(
        IEnumerable<IProactiveMessageComposer> composers,
        IEnumerable<IProactiveRule> rules,
        IEnumerable<IProactiveChannelPolicy> channels,
        IEnumerable<IProactiveDelivery> deliveries,
        SqlProactiveReads reads,
        IOptions<ProactiveOptions> options,
        TimeProvider time,
        ILogger<ProactiveDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(composers);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _composers = [.. composers];
        _rules = [.. rules];
        _channels = [.. channels];
        _deliveries = [.. deliveries];
        _reads = reads;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Sends, postpones, drops or cancels <paramref name="job"/>, claimed by <paramref name="claims"/>; returns what became of it.</summary>
    public async Task<ProactiveVerdict> DispatchAsync(ProactiveJobClaims claims, ProactiveJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(job);
        ProactiveVerdict verdict;
        try
        {
            verdict = await DecideAndSendAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Classify(exception) is { } failure)
        {
            verdict = failure;
            if (failure is ProactiveVerdict.Postpone)
            {
                LogRetry(exception, job.Id, job.Request.Kind, job.Attempts + 1);
            }
            else
            {
                LogNotSent(exception, job.Id, job.Request.Kind, failure.Reason);
            }

            if (failure is ProactiveVerdict.Postpone && job.Attempts + 1 >= _options.Value.MaxAttempts)
            {
                verdict = new ProactiveVerdict.Drop(ProactiveOutcomes.Refused);
                await claims.FinishAsync(job.Id, ProactiveJobStatus.Failed, ProactiveOutcomes.Refused, attempted: true, cancellationToken).ConfigureAwait(false);
                Telemetry.ProactiveMetrics.RecordJob(job.Request.To.ChannelId, job.Request.Kind, "failed", ProactiveOutcomes.Refused);
                return verdict;
            }

            await RecordAsync(claims, job, verdict, attempted: true, cancellationToken).ConfigureAwait(false);
            return verdict;
        }

        await RecordAsync(claims, job, verdict, attempted: verdict is ProactiveVerdict.Send, cancellationToken).ConfigureAwait(false);
        return verdict;
    }

    /// <summary>Whether a composer writes jobs of <paramref name="kind"/>.</summary>
    internal bool CanCompose(string kind) => _composers.Any(c => c.Kind == kind);

    /// <summary>The message of <paramref name="job"/> in its customer's language, or null when it no longer applies or has no composer.</summary>
    internal async Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CancellationToken cancellationToken)
    {
        if (_composers.FirstOrDefault(c => c.Kind == job.Request.Kind) is not { } composer)
        {
            return null;
        }

        var culture = CultureInfo.GetCultureInfo(Languages.LocaleOf(Languages.FromLocale(job.Request.To.Locale) ?? Languages.French));
        return await composer.ComposeAsync(job, culture, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProactiveVerdict> DecideAndSendAsync(ProactiveJob job, CancellationToken cancellationToken)
    {
        if (!CanCompose(job.Request.Kind))
        {
            LogNoComposer(job.Id, job.Request.Kind);
            return new ProactiveVerdict.Drop(ProactiveOutcomes.NoComposer);
        }

        if (await ComposeAsync(job, cancellationToken).ConfigureAwait(false) is not { } message)
        {
            return new ProactiveVerdict.Drop(ProactiveOutcomes.NoLongerApplies);
        }

        foreach (var rule in _rules)
        {
            if (await rule.CheckAsync(job, message, cancellationToken).ConfigureAwait(false) is { } held)
            {
                return held;
            }
        }

        var channel = job.Request.To.ChannelId;
        if (_channels.FirstOrDefault(c => c.Handles(channel)) is not { } policy || _deliveries.FirstOrDefault(d => d.Handles(channel)) is not { } delivery)
        {
            return new ProactiveVerdict.Drop(ProactiveOutcomes.ChannelCannotWriteFirst);
        }

        var decided = await policy.DecideAsync(job, message, cancellationToken).ConfigureAwait(false);
        if (decided is ProactiveVerdict.Send send)
        {
            // A message that is a turn of the conversation is written only now that it may be sent.
            if (message.WriteAsync is { } write)
            {
                var written = await write(cancellationToken).ConfigureAwait(false);
                if (written.Count == 0)
                {
                    return new ProactiveVerdict.Drop(ProactiveOutcomes.NoLongerApplies);
                }

                message = message with { Activities = written, WriteAsync = null };
            }

            var sending = _time.GetUtcNow();
            var messageId = await delivery.SendAsync(job, message, send.Route, cancellationToken).ConfigureAwait(false);
            await RecordSentAsync(job, sending, messageId, cancellationToken).ConfigureAwait(false);
        }

        return decided;
    }

    // For the report's "opened" only: once the message is out, a failure here must not make the job be sent again.
    private async Task RecordSentAsync(ProactiveJob job, DateTimeOffset sending, string? messageId, CancellationToken cancellationToken)
    {
        try
        {
            await _reads.RecordSentAsync(job.Id, sending, messageId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSentNotRecorded(exception, job.Id, job.Request.Kind);
        }
    }

    // What a failure to send means: the platform said no for good (dropped, with why), or try again later.
    private ProactiveVerdict? Classify(Exception exception) => exception switch
    {
        MessagingWindowClosedException => new ProactiveVerdict.Drop(ProactiveOutcomes.OutsideWindow),
        MessengerUnreachableException => new ProactiveVerdict.Drop(ProactiveOutcomes.Unreachable),
        MessengerSendException { Kind: GraphErrorKind.WindowClosed } => new ProactiveVerdict.Drop(ProactiveOutcomes.OutsideWindow),
        MessengerSendException { Kind: GraphErrorKind.Unreachable } => new ProactiveVerdict.Drop(ProactiveOutcomes.Unreachable),
        MessengerSendException { Kind: GraphErrorKind.Permanent or GraphErrorKind.ThreadControlled } => new ProactiveVerdict.Drop(ProactiveOutcomes.Refused),
        ArgumentException => new ProactiveVerdict.Drop(ProactiveOutcomes.Refused),
        // A timeout, a 5xx after the client's own retries, a database hiccup: the job's next due time is the retry.
        _ => new ProactiveVerdict.Postpone(_time.GetUtcNow(), ProactiveOutcomes.RetryLater),
    };

    private async Task RecordAsync(ProactiveJobClaims claims, ProactiveJob job, ProactiveVerdict verdict, bool attempted, CancellationToken cancellationToken)
    {
        var (status, until) = verdict switch
        {
            ProactiveVerdict.Send => (ProactiveJobStatus.Sent, (DateTimeOffset?)null),
            ProactiveVerdict.Postpone p when p.Why == ProactiveOutcomes.RetryLater => (ProactiveJobStatus.Pending, _time.GetUtcNow() + Backoff(job.Attempts)),
            ProactiveVerdict.Postpone p => (ProactiveJobStatus.Pending, p.Until),
            ProactiveVerdict.Cancel => (ProactiveJobStatus.Cancelled, null),
            _ => (ProactiveJobStatus.Dropped, null),
        };
        var still = until is { } due
            ? await claims.ReleaseAsync(job.Id, due, verdict.Reason, attempted, cancellationToken).ConfigureAwait(false)
            : await claims.FinishAsync(job.Id, status, verdict.Reason, attempted, cancellationToken).ConfigureAwait(false);
        if (!still)
        {
            // The lease ran out while this instance worked and another one took the job over: it records the end.
            LogClaimLost(job.Id);
        }

        Telemetry.ProactiveMetrics.RecordJob(job.Request.To.ChannelId, job.Request.Kind, status.ToString().ToLowerInvariant(), verdict.Reason);
        LogDispatched(job.Id, job.Request.Kind, job.Request.To.ChannelId, status, verdict.Reason);
    }

    // 1, 2, 4, 8... times the base delay: a platform that is down is not hammered.
    private TimeSpan Backoff(int attemptsBefore) =>
        _options.Value.RetryBaseDelay * Math.Pow(2, Math.Clamp(attemptsBefore, 0, 16));

    [LoggerMessage(Level = LogLevel.Information, Message = "Proactive job {JobId} ({Kind}, {Channel}): {Status} ({Reason})")]
    private partial void LogDispatched(long jobId, string kind, string channel, ProactiveJobStatus status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive job {JobId} ({Kind}): attempt {Attempt} failed, tried again later")]
    private partial void LogRetry(Exception exception, long jobId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive job {JobId} ({Kind}) not sent: {Reason}")]
    private partial void LogNotSent(Exception exception, long jobId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Proactive job {JobId}: no composer writes kind {Kind}; register an IProactiveMessageComposer for it")]
    private partial void LogNoComposer(long jobId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive job {JobId} ({Kind}) was sent, but when could not be recorded: the analytics report will not count it as opened")]
    private partial void LogSentNotRecorded(Exception exception, long jobId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive job {JobId}: its claim was taken over by another instance before it finished")]
    private partial void LogClaimLost(long jobId);
}
