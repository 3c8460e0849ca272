using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Tells whether a message about a quantity adds to the cart's line or replaces it, from its words in French or
/// English. Pure and thread-safe; the number itself is <see cref="QuantityParser"/>'s job.
/// </summary>
public static class QuantityChangeReader
{
    // Normalized words (lower case, no accents). Customers mix languages, so both are always read.
    private static readonly HashSet<string> AddWords = new(StringComparer.Ordinal)
    {
        "ajoute", "ajoutez", "ajouter", "ajoutes", "rajoute", "rajoutez", "rajouter", "encore", "supplementaire", "supplementaires",
        "add", "adding", "more", "extra", "another",
    };

    private static readonly HashSet<string> ReplaceWords = new(StringComparer.Ordinal)
    {
        "mets", "mettez", "mettre", "met", "finalement", "plutot", "change", "changez", "changer", "modifie", "modifiez", "modifier",
        "remplace", "remplacez", "passe", "passez", "seulement", "make", "set", "instead", "actually", "only", "update",
    };

    // Two words that mean "more" only together: "2 de plus", "3 en plus"; "en fait" means "actually".
    private static readonly (string First, string Second, QuantityChange Change)[] Pairs =
    [
        ("de", "plus", QuantityChange.Add), ("en", "plus", QuantityChange.Add), ("en", "fait", QuantityChange.Replace),
    ];

    /// <summary>
    /// <see cref="QuantityChange.Add"/> when the message says to add ("ajoute 2", "2 more"; it wins over a word that
    /// replaces, as in "mets-en 2 de plus"), <see cref="QuantityChange.Replace"/> when it says to set the quantity
    /// ("make it 4", "finalement 6"), and null when it says neither ("2 étuis d'arpeggio").
    /// </summary>
    public static QuantityChange? Read(string? text)
    {
        var words = TextNormalizer.Tokenize(text);
        var pairs = words.Zip(words.Skip(1)).Select(p => Pairs.FirstOrDefault(q => q.First == p.First && q.Second == p.Second))
            .Where(p => p.First is not null)
            .Select(p => p.Change)
            .ToList();
        if (words.Any(AddWords.Contains) || pairs.Contains(QuantityChange.Add))
        {
            return QuantityChange.Add;
        }

        return words.Any(ReplaceWords.Contains) || pairs.Contains(QuantityChange.Replace) ? QuantityChange.Replace : null;
    }
}
