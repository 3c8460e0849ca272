using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// The Polly pipeline around one Graph API call: a timeout per attempt, and retries of what Graph calls temporary
/// (<see cref="GraphErrorClassifier"/>: throttling, a bare 429, a 5xx, a timeout, a network error) with exponential
/// backoff and jitter, waiting at least as long as Graph asked (<see cref="GraphAttempt.Wait"/>), never longer than
/// <see cref="MessengerSendOptions.MaxRetryDelay"/>. Errors are outcomes, not exceptions, so the last one is reported
/// with Graph's code and trace id.
/// </summary>
public static class GraphResilience
{
    /// <summary>
    /// Builds the pipeline for <paramref name="options"/> on <paramref name="time"/>'s clock; <paramref name="classify"/>
    /// (by default <see cref="GraphErrorClassifier.Classify"/>) says which errors are retried, so WhatsApp's own codes
    /// can be classified by its channel.
    /// </summary>
    public static ResiliencePipeline<GraphAttempt> Build(MessengerSendOptions options, TimeProvider time, Func<GraphError, GraphErrorKind>? classify = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        classify ??= GraphErrorClassifier.Classify;
        var builder = new ResiliencePipelineBuilder<GraphAttempt> { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<GraphAttempt>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Error is { } error && classify(error) == GraphErrorKind.Retryable),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.Wait is { } wait
                    ? (TimeSpan?)(wait < options.MaxRetryDelay ? wait : options.MaxRetryDelay)
                    : null),
            });
        }

        // Inside the retries: each attempt has its own time limit.
        return builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout }).Build();
    }
}
