using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Tells French from English in short chat messages, where statistical detectors fail: weighted marker words
/// (greetings and politeness weigh most, function words less), French elisions ("j'", "qu'") and accented
/// letters. Words both languages share ("table", "capsules", "ok") count for neither.
/// </summary>
public static class LanguageDetector
{
    private static readonly Dictionary<string, double> French = Weights(
        (2, "bonjour bonsoir salut coucou merci oui ouais voudrais voudrions souhaite aimerais pouvez avez etes sommes suis quelle quelles quel quels combien pourquoi aujourd hui demain reserver reservation livraison commander commande acheter boutiques magasin ouvert ouverts fermes horaires heures soir matin semaine samedi dimanche lundi mardi mercredi jeudi vendredi prochain prochaine personnes aide annuler svp stp plait"),
        (1, "je j tu vous nous il elle ils on le la les un une des du de au aux est et ou pour avec sans mon ma mes ton ta votre vos notre nos ce cette ces c qu que qui quoi comment quand pas ne plus tres bien aussi sur dans chez moi toi y en faire fait peut peux veux veut alors donc mais"));

    private static readonly Dictionary<string, double> English = Weights(
        (2, "hello hi hey thanks thank please yes yeah yep would could what where when why which how tomorrow today tonight book booking order delivery shipping buy open opening hours evening morning week saturday sunday monday tuesday wednesday thursday friday next people help cancel"),
        (1, "i i m im you we they he she it the an is are am was do does did can will my your our their this that these those for with without to of and or in on at from have has had want like get not no any some there here me"));

    /// <summary>Guesses the language of <paramref name="text"/>.</summary>
    public static LanguageGuess Detect(string? text)
    {
        var tokens = TextNormalizer.Tokens(text);
        double french = 0, english = 0;
        foreach (var token in tokens)
        {
            french += French.GetValueOrDefault(token);
            english += English.GetValueOrDefault(token);
        }

        if (!string.IsNullOrEmpty(text))
        {
            // Accented letters and elisions are strong French clues that normalization removes.
            french += Math.Min(2, text.Count(c => "éèêëàâçùûîïôœ".Contains(char.ToLowerInvariant(c))));
            if (text.Contains("'", StringComparison.Ordinal) || text.Contains('’', StringComparison.Ordinal))
            {
                var lower = text.ToLowerInvariant().Replace('’', '\'');
                french += new[] { "j'", "qu'", "c'", "d'", "l'", "n'", "s'", "m'" }.Count(e => lower.Contains(" " + e, StringComparison.Ordinal) || lower.StartsWith(e, StringComparison.Ordinal));
                english += new[] { "'m", "'s", "'re", "'d", "'ll", "n't", "'ve" }.Count(e => lower.Contains(e, StringComparison.Ordinal)) * 0.5;
            }
        }

        var total = french + english;
        if (total <= 0 || french == english)
        {
            return new LanguageGuess(null, 0);
        }

        var margin = Math.Abs(french - english) / total;
        var strength = Math.Min(1, total / 2);
        var confidence = Math.Round(0.5 + (0.5 * margin * strength), 3);
        return new LanguageGuess(french > english ? Languages.French : Languages.English, confidence);
    }

    private static Dictionary<string, double> Weights(params (double Weight, string Words)[] groups)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (weight, words) in groups)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                weights.TryAdd(word, weight);
            }
        }

        return weights;
    }
}
