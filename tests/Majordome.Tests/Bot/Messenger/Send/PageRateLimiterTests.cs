using Majordome.Bot.Messenger.Send;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Messenger.Send;

/// <summary>
/// The Send API pacing with its default settings, on a fake clock: as fast as Meta's documented limit allows (300
/// calls a second per Page for text; MESSENGER.md §6), never faster in any second, so a campaign burst is answered
/// in seconds instead of minutes.
/// </summary>
public sealed class PageRateLimiterTests
{
    [Fact]
    public async Task Defaults_NeverMoreThanMetasLimitInAnySecond_AndCloseToIt()
    {
        var start = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(start);
        var limiter = new PageRateLimiter(Microsoft.Extensions.Options.Options.Create(new MessengerSendOptions()), clock);
        var admitted = new List<TimeSpan>();

        // Callers always waiting for the Page (a burst), for three seconds of the fake clock.
        while (clock.GetUtcNow() - start < TimeSpan.FromSeconds(3))
        {
            var wait = limiter.WaitAsync("1100000000000001", CancellationToken.None);
            while (!wait.IsCompleted)
            {
                // The limiter's timer fires inside Advance; its continuation is given a moment to finish the wait
                // before the clock moves on (a longer spin made the old 20-a-second pacing take minutes here).
                clock.Advance(TimeSpan.FromMilliseconds(1));
                SpinWait.SpinUntil(() => wait.IsCompleted, TimeSpan.FromMilliseconds(1));
            }

            await wait;
            admitted.Add(clock.GetUtcNow() - start);
        }

        var busiestSecond = admitted.Select((at, i) => admitted.Skip(i).TakeWhile(later => later - at < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.True(busiestSecond <= 300, $"{busiestSecond} calls in one second: Meta allows 300 per Page");

        // 2,000 customers answered within 10 s need at least 200 calls a second, sustained. (A loaded machine may
        // finish a wait a step of the fake clock late, which reads a little slower than the 250 configured.)
        var sustained = admitted.Count(at => at >= TimeSpan.FromSeconds(1) && at < TimeSpan.FromSeconds(3)) / 2.0;
        Assert.True(sustained >= 200, $"{sustained} calls a second sustained");
    }
}
