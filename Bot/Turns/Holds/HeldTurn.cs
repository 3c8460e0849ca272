using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Turns.Holds;

/// <summary>
/// Marks a turn the bot did not answer because a person holds its conversation, so the layers around the bot (the
/// team's transcript, the live console) know without asking the database again.
/// </summary>
public static class HeldTurn
{
    private const string TurnKey = "Majordome.HeldTurn";

    /// <summary>Marks <paramref name="turnContext"/> as held by <paramref name="hold"/>.</summary>
    public static void Mark(ITurnContext turnContext, ConversationHold hold)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(hold);
        TurnItems.Set(turnContext, TurnKey, hold);
    }

    /// <summary>The hold that kept the bot silent in this turn, or null when the bot answered it.</summary>
    public static ConversationHold? Find(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<ConversationHold>(turnContext, TurnKey);
    }
}
