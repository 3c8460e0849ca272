using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// The timestamps of a turn's replies: whole milliseconds, each later than the one before and than the customer's
/// message. Web Chat orders a conversation by its activities' timestamps read to the millisecond (its sequence id);
/// replies sent within the same millisecond tied, and Web Chat then showed "Puis-je vous aider pour autre chose ?"
/// above "C'est réservé !", its menu hidden because it was no longer the last message (seen in the browser test).
/// </summary>
internal static class ReplyTimestamps
{
    private const string LastKey = "Majordome.DirectLine.LastReplyTimestamp";

    /// <summary>The timestamp of the turn's next reply, from the clock's <paramref name="now"/>.</summary>
    internal static DateTimeOffset Next(ITurnContext turnContext, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var stamp = WholeMilliseconds(now);
        var previous = TurnItems.Get<object>(turnContext, LastKey) as DateTimeOffset?
            ?? (turnContext.Activity?.Timestamp is { } received ? WholeMilliseconds(received) : (DateTimeOffset?)null);
        if (previous is { } last && stamp <= last)
        {
            stamp = last.AddMilliseconds(1);
        }

        TurnItems.Set(turnContext, LastKey, stamp);
        return stamp;
    }

    private static DateTimeOffset WholeMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);
}
