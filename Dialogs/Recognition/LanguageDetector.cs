using Majordome.Dialogs.Localization;
using static Majordome.Dialogs.Recognition.LanguageLexicon;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Tells French from English in short chat messages (one to ten words), where statistical detectors fail, by
/// scoring tell-tale words, elisions and accents. Pure and thread-safe.
/// </summary>
public static class LanguageDetector
{
    private const double AccentWeight = 1.5;
    private const double SpellingWeight = 1.5;
    private const double ElisionWeight = 1;

    /// <summary>The evidence at which a one-sided guess is fully confident (one strong word, such as "bonjour").</summary>
    private const double FullEvidence = 2;

    /// <summary>
    /// Guesses whether <paramref name="text"/> is French or English. Evidence: words that give a language away
    /// ("bonjour", "merci", "voudrais", "hello", "thanks", "the", "where"), common function words ("je", "vous",
    /// "est", "you", "is", "to"), elisions and hyphenated pronouns ("qu'", "c'est", "avez-vous"), English contractions
    /// ("I'm", "don't", "I'd") and French accents. Accents are optional: "ou est la boutique" is French.
    /// </summary>
    /// <param name="text">A chat message; null or blank gives no language.</param>
    /// <returns>
    /// The language with a confidence in [0, 1] that grows with the margin between the two scores and with the
    /// amount of evidence; a null language (confidence 0) when nothing points to either ("ok", "12", "Arpeggio") or
    /// both score the same.
    /// </returns>
    public static LanguageGuess Detect(string? text)
    {
        var canonical = TextNormalizer.Canonicalize(text);
        if (canonical.Length == 0)
        {
            return new LanguageGuess(null, 0);
        }

        var french = canonical.ToLowerInvariant().IndexOfAny(FrenchAccents.ToCharArray()) >= 0 ? AccentWeight : 0;
        var english = 0.0;
        foreach (var token in TextNormalizer.Tokenize(canonical, keep: "'-"))
        {
            var (fr, en) = Score(token);
            french += fr;
            english += en;
        }

        return Guess(french, english);
    }

    private static (double French, double English) Score(string token)
    {
        double fr = 0, en = 0;
        foreach (var (suffix, language) in Endings)
        {
            if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                (fr, en) = language == Languages.French ? (fr + SpellingWeight, en) : (fr, en + SpellingWeight);
                break;
            }
        }

        if (FrenchElisions.Any(e => token.Length > e.Length && token.StartsWith(e, StringComparison.Ordinal)))
        {
            fr += ElisionWeight;
        }

        var parts = French.ContainsKey(token) || English.ContainsKey(token) ? [token] : token.Split('\'', '-');
        foreach (var part in parts)
        {
            fr += French.GetValueOrDefault(part);
            en += English.GetValueOrDefault(part);
        }

        return (fr, en);
    }

    private static LanguageGuess Guess(double french, double english)
    {
        var total = french + english;
        if (total <= 0 || french == english)
        {
            return new LanguageGuess(null, 0);
        }

        var (language, winner, loser) = french > english
            ? (Languages.French, french, english)
            : (Languages.English, english, french);
        var confidence = (winner - loser) / total * Math.Min(1, winner / FullEvidence);
        return new LanguageGuess(language, Math.Round(confidence, 2));
    }
}
