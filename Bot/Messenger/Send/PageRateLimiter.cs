using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// A token bucket per Page: <see cref="MessengerSendOptions.MaxSendsPerSecond"/> calls a second each, in bursts of at
/// most <see cref="MessengerSendOptions.MaxBurst"/>, and never more than one second's worth.
/// </summary>
public sealed class PageRateLimiter
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly double _rate;
    private readonly double _capacity;

    /// <summary>Creates the limiter.</summary>
    public PageRateLimiter(IOptions<MessengerSendOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _rate = options.Value.MaxSendsPerSecond;
        _capacity = Math.Min(_rate, options.Value.MaxBurst ?? _rate);
    }

    /// <summary>Waits until <paramref name="pageId"/> may make one more call, then takes it.</summary>
    public async Task WaitAsync(string pageId, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(pageId, _ => new Bucket(_capacity, _time.GetTimestamp()));
        while (true)
        {
            var wait = bucket.TryTake(_rate, _capacity, _time);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        private readonly Lock _gate = new();
        private double _tokens = tokens;
        private long _stamp = stamp;

        /// <summary>Takes a token and returns zero, or returns how long until one is there.</summary>
        public TimeSpan TryTake(double rate, double capacity, TimeProvider time)
        {
            lock (_gate)
            {
                var now = time.GetTimestamp();
                _tokens = Math.Min(capacity, _tokens + (time.GetElapsedTime(_stamp, now).TotalSeconds * rate));
                _stamp = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return TimeSpan.Zero;
                }

                return TimeSpan.FromSeconds((1 - _tokens) / rate);
            }
        }
    }
}
