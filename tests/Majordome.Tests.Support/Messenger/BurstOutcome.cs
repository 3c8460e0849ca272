using System.Globalization;
using System.Text;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>What a Messenger burst left: how soon each message was answered, and what went wrong.</summary>
/// <param name="Messages">Messages the customers wrote.</param>
/// <param name="FirstReplyMs">For each message answered, milliseconds from its POST to the arrival at the Send API of its answer.</param>
/// <param name="Lost">Messages whose answer never came (or that the webhook refused).</param>
/// <param name="Duplicates">Answers that came more than once (each extra copy counts).</param>
/// <param name="OutOfOrder">Customers whose answers came in another order than their messages.</param>
/// <param name="Apologies">"Something went wrong" replies.</param>
/// <param name="Calls">Calls the Send API received, throttled ones included.</param>
/// <param name="SenderActions">Sender actions (<c>mark_seen</c>, <c>typing_on</c>) it accepted.</param>
/// <param name="Throttled">Calls it refused with code 613 (the Page went over Meta's limit).</param>
/// <param name="Replies">Messages it accepted.</param>
/// <param name="Elapsed">From the first POST until the last answer arrived.</param>
/// <param name="Customers">The customers whose answers were not exactly the script's, with what they got.</param>
public sealed record BurstOutcome(
    int Messages,
    IReadOnlyList<double> FirstReplyMs,
    int Lost,
    int Duplicates,
    int OutOfOrder,
    int Apologies,
    long Calls,
    long SenderActions,
    long Throttled,
    long Replies,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Customers)
{
    /// <summary>Of <see cref="Lost"/>, the messages whose webhook POST was not acknowledged with a 200 (or never sent).</summary>
    public int Unacknowledged { get; init; }

    /// <summary>The processor time the bot process used from the first POST until the answers settled.</summary>
    public TimeSpan BotCpu { get; init; }

    /// <summary>Whether the bot process was gone when the answers had settled (it crashed, or was killed).</summary>
    public bool BotExited { get; init; }

    /// <summary>The end of what the bot process printed (warnings and errors), for a run that went wrong.</summary>
    public string BotOutput { get; init; } = string.Empty;

    /// <summary>Whether every message was answered once, in order, without an apology.</summary>
    public bool IsClean => Lost == 0 && Duplicates == 0 && OutOfOrder == 0 && Apologies == 0;

    /// <summary>Send API calls (throttled ones included) per message answered.</summary>
    public double CallsPerTurn => FirstReplyMs.Count == 0 ? 0 : (double)Calls / FirstReplyMs.Count;

    /// <summary>The <paramref name="percent"/>th percentile of the time to first reply (nearest rank), in milliseconds.</summary>
    public double Percentile(double percent)
    {
        if (FirstReplyMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = FirstReplyMs.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The figures on a few lines, and the customers who got something wrong.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Messages} messages: {FirstReplyMs.Count} answered, {Lost} lost ({Unacknowledged} of them never acknowledged by the webhook), {Duplicates} duplicated, {OutOfOrder} customers out of order, {Apologies} apologies");
        text.AppendLine(CultureInfo.InvariantCulture, $"time to first reply ms: p50 {Percentile(50):0} / p95 {Percentile(95):0} / p99 {Percentile(99):0} / max {Percentile(100):0}; last answer {Elapsed.TotalSeconds:0.0} s after the first POST");
        text.AppendLine(CultureInfo.InvariantCulture, $"bot process: {BotCpu.TotalSeconds:0.0} s of CPU, {BotCpu.TotalMilliseconds / Math.Max(1, FirstReplyMs.Count):0.0} ms per message answered");
        text.AppendLine(CultureInfo.InvariantCulture, $"Send API: {Calls} calls ({CallsPerTurn:0.00} per turn): {Replies} messages, {SenderActions} sender actions, {Throttled} throttled (613)");
        if (BotExited || !IsClean)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"bot process {(BotExited ? "had exited" : "still running")}; the end of its output:");
            text.AppendLine(BotOutput);
        }

        foreach (var (customer, replies) in Customers.Take(10))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"customer {customer}:");
            foreach (var reply in replies)
            {
                text.AppendLine("    " + reply.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }
}
