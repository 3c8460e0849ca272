using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>
/// One round of the Messenger crash drill (issue 15): a bot process on a SQLite file receives a burst of signed
/// webhooks from several customers walking the booking flow; once some replies have gone out it is stopped
/// (SIGKILL or SIGTERM) mid-burst, then started again on the same files, and the deliveries that failed are made
/// again, as Meta retries them. Every customer message must then be answered exactly once, in the flow's order
/// (an answer lost, a dialog state lost or a message answered twice all show in the counts).
/// </summary>
public static class MessengerCrashDrill
{
    /// <summary>The apology a failed turn sends (French, the customers' language).</summary>
    public const string GenericError = "Désolé, un problème est survenu de mon côté.";

    /// <summary>The booking flow to its confirmation, declined (so no seat is taken), with the phrase each turn's answer holds.</summary>
    public static readonly IReadOnlyList<(string Text, string Answer)> Script =
    [
        ("bonjour", "Bonjour"),
        ("Réserver une table", "Dans quelle boutique souhaitez-vous une table"),
        ("Bordeaux", "Pour combien de personnes ?"),
        ("2", "Quand souhaitez-vous venir ?"),
        ("samedi à 15h", "À quel nom dois-je réserver ?"),
        ("Marie", "À quel numéro la boutique peut-elle vous joindre ?"),
        ("06 12 34 56 78", "Je réserve ?"),
        ("non", "Très bien, rien n'a été réservé."),
    ];

    /// <summary>
    /// Runs one round. <paramref name="settings"/> configure the bot (Messenger pointed at the fake Graph server whose
    /// <paramref name="replies"/> are read; <c>Messenger:AppSecret</c> signs the webhooks); the SQLite files go in a
    /// fresh folder. The bot is stopped once <paramref name="stopAfterReplies"/> replies went out in all. With
    /// <paramref name="echoes"/> (the fake Graph server's echo webhook), the echoes go to whichever bot process is up.
    /// </summary>
    public static async Task<DrillOutcome> RunAsync(IReadOnlyDictionary<string, string> settings, IReplyLog replies, StopKind stop, int customers, int stopAfterReplies, TimeSpan settleTimeout, CancellationToken cancellationToken = default, EchoWebhook? echoes = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(replies);
        var all = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-crash-drill", Guid.NewGuid().ToString("N")),
        };
        var secret = Encoding.UTF8.GetBytes(all["Messenger:AppSecret"]);
        var pageId = all["Messenger:Pages:0:PageId"];
        var ids = Enumerable.Range(0, customers).Select(c => $"79{c:D2}{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}").ToArray();
        var start = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds();
        var delivered = new int[customers];
        var stopDuration = TimeSpan.Zero;

        var first = await BotProcess.StartAsync(all, cancellationToken).ConfigureAwait(false);
        try
        {
            if (echoes is not null)
            {
                echoes.Target = new Uri(first.BaseAddress, "api/messenger");
            }

            using (var client = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
            {
                var burst = Task.WhenAll(ids.Select((id, c) => DeliverFromAsync(client, secret, pageId, id, c, start, delivered, cancellationToken)));
                var watch = Stopwatch.StartNew();
                while (ids.Sum(id => replies.TextsTo(id).Count) < stopAfterReplies && watch.Elapsed < settleTimeout)
                {
                    await Task.Delay(5, cancellationToken).ConfigureAwait(false);
                }

                var stopping = Stopwatch.StartNew();
                await StopAsync(first, stop, cancellationToken).ConfigureAwait(false);
                stopDuration = stopping.Elapsed;
                await burst.ConfigureAwait(false);
            }

            await using var second = await BotProcess.StartAsync(all, cancellationToken).ConfigureAwait(false);
            if (echoes is not null)
            {
                // Echoes the killed process never acknowledged are retried here, as Meta retries a failed delivery.
                echoes.Target = new Uri(second.BaseAddress, "api/messenger");
            }

            using var again = new HttpClient { BaseAddress = second.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            await Task.WhenAll(ids.Select((id, c) => DeliverFromAsync(again, secret, pageId, id, c, start, delivered, cancellationToken))).ConfigureAwait(false);
            if (delivered.Any(d => d < Script.Count))
            {
                throw new InvalidOperationException($"The restarted bot refused webhooks:\n{second.Output}");
            }

            await SettleAsync(replies, ids, settleTimeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await first.DisposeAsync().ConfigureAwait(false);

            // Both processes are gone: their SQLite files are not needed any more (a bench round leaves none behind).
            try
            {
                Directory.Delete(all["Storage:DataDirectory"], recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left in the temp folder.
            }
        }

        return Count(replies, ids, stopDuration);
    }

    private static async Task DeliverFromAsync(HttpClient client, byte[] secret, string pageId, string customer, int c, long start, int[] delivered, CancellationToken cancellationToken)
    {
        // One customer's messages in order, each after the previous one was acknowledged (not answered): the first
        // delivery that fails stops this customer until the bot is back, as Meta retries a Page's events in order.
        for (var t = delivered[c]; t < Script.Count; t++)
        {
            var body = SignedWebhook.TextMessage(pageId, customer, $"m_drill_{customer}_{t}", Script[t].Text, start + (t * 1000), delivery: 200);
            if (!await SignedWebhook.PostAsync(client, new Uri("api/messenger", UriKind.Relative), secret, body, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            delivered[c] = t + 1;
        }
    }

    private static async Task StopAsync(BotProcess bot, StopKind stop, CancellationToken cancellationToken)
    {
        if (stop == StopKind.Kill)
        {
            await bot.KillAsync().WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", bot.Process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run kill."))
        {
            await signal.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }

        await bot.Process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
    }

    private static async Task SettleAsync(IReplyLog replies, IReadOnlyList<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Until every customer has the last answer, then a quiet moment in which a late duplicate would still show.
        var watch = Stopwatch.StartNew();
        var last = Script[^1].Answer;
        while (watch.Elapsed < timeout && !ids.All(id => replies.TextsTo(id).Any(r => r.Contains(last, StringComparison.Ordinal))))
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        var total = -1;
        while (watch.Elapsed < timeout && ids.Sum(id => replies.TextsTo(id).Count) is var now && now != total)
        {
            total = now;
            await Task.Delay(750, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DrillOutcome Count(IReplyLog replies, IReadOnlyList<string> ids, TimeSpan stopDuration)
    {
        var customers = ids.ToDictionary(id => id, id => replies.TextsTo(id), StringComparer.Ordinal);
        var counts = ids.ToDictionary(
            id => id,
            id => Script.Select(s => customers[id].Count(r => r.Contains(s.Answer, StringComparison.Ordinal))).ToArray(),
            StringComparer.Ordinal);
        var errors = customers.Values.Sum(r => r.Count(t => t.Contains(GenericError, StringComparison.Ordinal)));
        return new DrillOutcome(customers, counts, errors, stopDuration);
    }
}
