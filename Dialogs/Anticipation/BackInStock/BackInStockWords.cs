using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Anticipation.BackInStock;

/// <summary>
/// The customer's words about a product that is out of stock or back: "prévenez-moi quand il revient", "oui
/// tenez-moi au courant", "notify me" (be told when it is back); "oui je le prends", "add to cart" (after the message
/// saying it is back). Tapped buttons send their titles, so taps and typing reach the same code.
/// </summary>
public static class BackInStockWords
{
    // Accents, apostrophes and punctuation are gone after tokenizing; each phrase is matched as whole words.
    private static readonly string[] NotifyPhrases =
    [
        " prevenez moi ", " previens moi ", " prevenir ", " tenez moi au courant ", " tiens moi au courant ", " avertissez moi ",
        " dites moi quand ", " faites moi signe ", " notify me ", " let me know ", " tell me when ", " keep me posted ", " alert me ",
    ];

    private static readonly string[] TakePhrases =
    [
        " je le prends ", " je la prends ", " je les prends ", " ajouter au panier ", " ajoutez le ", " mettez le dans mon panier ",
        " i ll take it ", " i will take it ", " i ll have it ", " add to cart ", " add it to my cart ", " add it to cart ",
    ];

    /// <summary>Longer messages are about something else that happens to contain the words.</summary>
    private const int MaxWords = 12;

    /// <summary>True when <paramref name="text"/> asks to be told when the product is back.</summary>
    public static bool AsksToBeTold(string? text) => Matches(text, NotifyPhrases);

    /// <summary>True when <paramref name="text"/> takes the product just announced back in stock.</summary>
    public static bool TakesIt(string? text) => Matches(text, TakePhrases);

    private static bool Matches(string? text, string[] phrases)
    {
        // "Vous me prévenez quand ?" asks when; a question is never the answer to the offer.
        if (string.IsNullOrWhiteSpace(text) || text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var words = TextNormalizer.Tokenize(text);
        if (words.Length > MaxWords)
        {
            return false;
        }

        var normalized = " " + string.Join(' ', words) + " ";
        return phrases.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }
}
