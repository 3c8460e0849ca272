using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Adapters;

/// <summary>
/// The id of the stored inbound event a turn answers (asynchronous channels such as Messenger, whose events wait in a
/// durable inbox and may be run again after a crash). The bot records it in the conversation state, in the same save
/// as the turn's dialog state, and does not run an event whose turn was already saved.
/// </summary>
public static class InboundEventId
{
    private const string Key = "Majordome.InboundEventId";

    /// <summary>Says that <paramref name="turnContext"/> answers the stored event <paramref name="eventId"/>.</summary>
    public static void Set(ITurnContext turnContext, string eventId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        TurnItems.Set(turnContext, Key, eventId);
    }

    /// <summary>The stored event the turn answers, or null for a turn of a synchronous channel.</summary>
    public static string? Find(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<string>(turnContext, Key);
    }
}
