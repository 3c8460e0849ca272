using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// What a <see cref="IHumanHandoff"/> says of the turn: the conversation was passed to a human inbox of the channel
/// itself (Messenger's Page Inbox), whose people answer there. The bot then asks nothing more (the customer's next
/// words go to that inbox): no "when the team answers", no contact question.
/// </summary>
public static class HumanInbox
{
    private const string Key = "Majordome.HumanInbox.Passed";

    /// <summary>Records that this turn passed the conversation to the channel's own human inbox.</summary>
    public static void MarkPassed(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = true;
    }

    /// <summary>Whether this turn passed the conversation to the channel's own human inbox.</summary>
    public static bool WasPassed(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(Key, out var passed) && passed is true;
    }
}
