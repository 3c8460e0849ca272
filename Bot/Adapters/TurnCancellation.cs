using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Adapters;

/// <summary>
/// The cancellation token an adapter ran a turn with, kept in the turn's state so that the turn error handler can
/// tell "we cut this turn short" (the host is stopping, the turn ran out of time) from a failure of the turn.
/// </summary>
public static class TurnCancellation
{
    private const string Key = "Majordome.TurnCancellation";

    /// <summary>Records <paramref name="cancellationToken"/> as the token <paramref name="turnContext"/> runs with.</summary>
    public static void Attach(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnItems.Set(turnContext, Key, cancellationToken);
    }

    /// <summary>Whether the adapter cancelled the turn (false when it attached no token).</summary>
    public static bool IsRequested(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<object>(turnContext, Key) is CancellationToken token && token.IsCancellationRequested;
    }
}
