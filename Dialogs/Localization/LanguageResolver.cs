using Majordome.Dialogs.Profile;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Localization;

/// <summary>
/// Decides the language of a turn. A language the customer chose always wins. Otherwise the first message's
/// language is detected, falling back to the channel's locale (Messenger's user locale, the browser's for
/// Web Chat) and then the brand's default; while the customer has not chosen, a later message that is clearly
/// in the other language switches too, so a customer whose first word was "ok" is not stuck in French.
/// Words the customer tapped rather than typed (a persistent-menu item or an ice breaker, which Messenger shows in
/// the customer's own locale) carry their language in the <see cref="TappedLanguageProperty"/> activity property:
/// it counts as a sure detection.
/// </summary>
public static class LanguageResolver
{
    /// <summary>The confidence needed to trust detection on the first message.</summary>
    public const double FirstMessageConfidence = 0.6;

    /// <summary>The confidence needed to switch language on a later message.</summary>
    public const double SwitchConfidence = 0.8;

    /// <summary>The probability the learned classifier needs on a first message the words leave undecided.</summary>
    public const double LearnedConfidence = 0.75;

    /// <summary>The activity property naming the language of the words the customer tapped ("fr", "en").</summary>
    public const string TappedLanguageProperty = "tappedLanguage";

    /// <summary>Resolves the turn's language and records it in the profile.</summary>
    /// <param name="profile">The customer's profile.</param>
    /// <param name="activity">The turn's activity.</param>
    /// <param name="defaultLanguage">The brand's default.</param>
    /// <param name="learned">
    /// A French/English classifier learned from the flows' examples, asked on a first message whose words say
    /// too little ("tasting tomorrow"); later messages never switch on its word alone.
    /// </param>
    public static string Resolve(UserProfile profile, Activity activity, string defaultLanguage, Func<string?, LanguageGuess>? learned = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(activity);
        if (profile.LanguageChosen && profile.Language is { } chosen && Languages.All.Contains(chosen))
        {
            return chosen;
        }

        if (TappedLanguage(activity) is { } tapped)
        {
            profile.Language = tapped;
            return tapped;
        }

        var guess = activity.Type == ActivityTypes.Message ? LanguageDetector.Detect(activity.Text) : new LanguageGuess(null, 0);
        var threshold = profile.Language is null ? FirstMessageConfidence : SwitchConfidence;
        if (profile.Language is null && learned is not null && activity.Type == ActivityTypes.Message
            && (guess.Language is null || guess.Confidence < threshold)
            && learned(activity.Text) is { Language: not null, Confidence: >= LearnedConfidence } second)
        {
            guess = new LanguageGuess(second.Language, threshold);
        }

        if (guess.Language is { } detected && guess.Confidence >= threshold)
        {
            profile.Language = detected;
        }

        profile.Language ??= Languages.FromLocale(activity.Locale) ?? defaultLanguage;
        return profile.Language;
    }

    private static string? TappedLanguage(Activity activity) =>
        activity.Properties?[TappedLanguageProperty] is Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } value
        && value.ToString() is { } language && Languages.All.Contains(language) ? language : null;

    /// <summary>Records the customer's explicit choice.</summary>
    public static void Choose(UserProfile profile, string language)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!Languages.All.Contains(language))
        {
            throw new ArgumentException($"'{language}' is not a supported language.", nameof(language));
        }

        profile.Language = language;
        profile.LanguageChosen = true;
    }
}
