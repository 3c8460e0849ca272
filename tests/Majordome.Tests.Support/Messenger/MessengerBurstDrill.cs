using System.Diagnostics;
using System.Text;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>
/// A campaign burst on one Page (issue 16): a bot process on fresh SQLite files receives signed webhooks from many
/// customers at a steady rate, each customer writing the first steps of the booking flow one message after the
/// other, and answers through <see cref="ThrottledSendApi"/>, which holds it to Meta's rate limit. It reports, per
/// message, the time from its POST to the arrival of its answer at the Send API, and whether every message was
/// answered exactly once and in each customer's order.
/// </summary>
public static class MessengerBurstDrill
{
    /// <summary>The customers' messages, with the phrase each one's answer holds (the first message of its turn).</summary>
    public static readonly IReadOnlyList<(string Text, string Answer)> Script = MessengerCrashDrill.Script;

    private static readonly Uri Webhook = new("api/messenger", UriKind.Relative);

    /// <summary>
    /// Runs the burst: <paramref name="customers"/> customers each send the first <paramref name="messagesPerCustomer"/>
    /// messages of <see cref="Script"/>, all customers together at <paramref name="messagesPerSecond"/>. <paramref name="settings"/>
    /// configure the bot (Messenger pointed at <paramref name="sendApi"/>, <c>Messenger:AppSecret</c> signs the webhooks);
    /// waits at most <paramref name="settleTimeout"/> for the answers.
    /// </summary>
    public static async Task<BurstOutcome> RunAsync(IReadOnlyDictionary<string, string> settings, ThrottledSendApi sendApi, int customers, int messagesPerCustomer, double messagesPerSecond, TimeSpan settleTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sendApi);
        ArgumentOutOfRangeException.ThrowIfLessThan(customers, 1);
        ArgumentOutOfRangeException.ThrowIfNotEqual(messagesPerCustomer is >= 1 and <= 8, true);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(messagesPerSecond, 0);
        var all = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-burst-drill", Guid.NewGuid().ToString("N")),
        };
        var secret = Encoding.UTF8.GetBytes(all["Messenger:AppSecret"]);
        var pageId = all["Messenger:Pages:0:PageId"];
        var ids = Enumerable.Range(0, customers).Select(c => $"78{c:D5}{Random.Shared.NextInt64(100_000_000, 999_999_999)}").ToArray();
        var posted = new TimeSpan?[customers, messagesPerCustomer];
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var bot = await BotProcess.StartAsync(all, cancellationToken).ConfigureAwait(false);
        try
        {
            using var client = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var first = sendApi.Now;
            var clock = Stopwatch.StartNew();
            bot.Process.Refresh();
            var cpuBefore = bot.Process.TotalProcessorTime;

            // Message n of the burst leaves at n / rate; a customer's next message only once the previous one was
            // acknowledged, as Meta delivers one conversation's messages in order.
            await Task.WhenAll(Enumerable.Range(0, customers).Select(async c =>
            {
                for (var m = 0; m < messagesPerCustomer; m++)
                {
                    var n = (c * messagesPerCustomer) + m;
                    var due = TimeSpan.FromSeconds(n / messagesPerSecond) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, cancellationToken).ConfigureAwait(false);
                    }

                    var at = sendApi.Now;
                    var body = SignedWebhook.TextMessage(pageId, ids[c], $"m_burst_{ids[c]}_{m}", Script[m].Text, start + n);
                    if (!await SignedWebhook.PostAsync(client, Webhook, secret, body, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    posted[c, m] = at;
                }
            })).ConfigureAwait(false);

            await SettleAsync(sendApi, ids, messagesPerCustomer, settleTimeout, cancellationToken).ConfigureAwait(false);
            bot.Process.Refresh();
            var exited = bot.Process.HasExited;
            var output = bot.Output;
            return Count(sendApi, ids, posted, messagesPerCustomer, first) with
            {
                BotCpu = exited ? TimeSpan.Zero : bot.Process.TotalProcessorTime - cpuBefore,
                BotExited = exited,
                BotOutput = output.Length > 4000 ? output[^4000..] : output,
            };
        }
        finally
        {
            // The process is gone first: its SQLite files are not needed any more (a bench run leaves none behind).
            await bot.DisposeAsync().ConfigureAwait(false);
            try
            {
                Directory.Delete(all["Storage:DataDirectory"], recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left in the temp folder.
            }
        }
    }

    private static async Task SettleAsync(ThrottledSendApi sendApi, IReadOnlyList<string> ids, int messagesPerCustomer, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Until every customer has the last answer, then a quiet second in which a late duplicate would still show.
        var watch = Stopwatch.StartNew();
        var last = Script[messagesPerCustomer - 1].Answer;
        while (watch.Elapsed < timeout && !ids.All(id => sendApi.TextsTo(id).Any(r => r.Contains(last, StringComparison.Ordinal))))
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        var total = -1L;
        while (watch.Elapsed < timeout && sendApi.Calls is var now && now != total)
        {
            total = now;
            await Task.Delay(1000, cancellationToken).ConfigureAwait(false);
        }
    }

    private static BurstOutcome Count(ThrottledSendApi sendApi, IReadOnlyList<string> ids, TimeSpan?[,] posted, int messagesPerCustomer, TimeSpan first)
    {
        var latencies = new List<double>();
        int lost = 0, duplicates = 0, outOfOrder = 0, apologies = 0, messages = 0, unacknowledged = 0;
        var lastAnswer = first;
        var wrong = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var c = 0; c < ids.Count; c++)
        {
            var replies = sendApi.RepliesTo(ids[c]);
            apologies += replies.Count(r => r.Text.Contains(MessengerCrashDrill.GenericError, StringComparison.Ordinal));
            var firstIndexes = new List<int>();
            var clean = true;
            for (var m = 0; m < messagesPerCustomer; m++)
            {
                messages++;
                if (posted[c, m] is not { } at)
                {
                    // The webhook did not acknowledge it within the client's 30 s (or it was never sent, the customer's
                    // earlier message having failed): Meta would deliver it again, but this customer is not answered.
                    lost++;
                    unacknowledged++;
                    clean = false;
                    continue;
                }

                var answers = replies.Select((r, i) => (r, i)).Where(x => x.r.Text.Contains(Script[m].Answer, StringComparison.Ordinal)).ToList();
                if (answers.Count == 0)
                {
                    lost++;
                    clean = false;
                    continue;
                }

                duplicates += answers.Count - 1;
                clean &= answers.Count == 1;
                latencies.Add((answers[0].r.At - at).TotalMilliseconds);
                lastAnswer = answers[0].r.At > lastAnswer ? answers[0].r.At : lastAnswer;
                firstIndexes.Add(answers[0].i);
            }

            if (firstIndexes.Zip(firstIndexes.Skip(1)).Any(p => p.First > p.Second))
            {
                outOfOrder++;
                clean = false;
            }

            if (!clean)
            {
                wrong[ids[c]] = [.. replies.Select(r => r.Text)];
            }
        }

        return new BurstOutcome(messages, latencies, lost, duplicates, outOfOrder, apologies, sendApi.Calls, sendApi.SenderActions, sendApi.Throttled, sendApi.Accepted - sendApi.SenderActions, lastAnswer - first, wrong)
        {
            Unacknowledged = unacknowledged,
        };
    }
}
