using Microsoft.Bot.Builder;
using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.Localization;

/// <summary>Where the language chosen for the current turn is kept (the turn state), so every dialog reads the same one.</summary>
public static class TurnLanguage
{
    private const string Key = "Majordome.Language";

    /// <summary>The language of this turn; French when nothing set it (Majordome's first language).</summary>
    public static string GetLanguage(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<string>(turnContext, Key) ?? Languages.French;
    }

    /// <summary>The language of this turn, or null when it has not been resolved yet (a failure early in the turn).</summary>
    public static string? FindLanguage(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnItems.Get<string>(turnContext, Key);
    }

    /// <summary>Sets the language of this turn.</summary>
    public static void SetLanguage(this ITurnContext turnContext, string language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!Languages.All.Contains(language))
        {
            throw new ArgumentException($"'{language}' is not a supported language; use one of {string.Join(", ", Languages.All)}.", nameof(language));
        }

        TurnItems.Set(turnContext, Key, language);
    }
}
