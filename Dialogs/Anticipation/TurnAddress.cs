using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Anticipation;

/// <summary>The address of the customer of a turn, with the turn's language and time zone (not only the activity's locale).</summary>
public static class TurnAddress
{
    /// <summary>Where to write to <paramref name="customerKey"/>, the sender of this turn, later.</summary>
    public static ProactiveAddress Of(ITurnContext turnContext, string customerKey)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return ProactiveAddress.Of(customerKey, turnContext.Activity, turnContext.GetTimeZone().Id)
            with { Locale = Languages.LocaleOf(turnContext.GetLanguage()) };
    }
}
