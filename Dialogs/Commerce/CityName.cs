using System.Text;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Capitalizes a French city name as the post writes it in mixed case: "saint-germain-en-laye" and
/// "SAINT-GERMAIN-EN-LAYE" both become "Saint-Germain-en-Laye", "villeneuve d'ascq" becomes "Villeneuve d'Ascq".
/// </summary>
internal static class CityName
{
    // Linking words stay in lower case unless they start the name ("Le Havre", but "Boulogne-sur-Mer").
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "la", "le", "les", "l", "en", "sur", "sous", "et", "lès", "lez", "aux", "au",
    };

    /// <summary>The capitalized name; spacing is expected to be collapsed already.</summary>
    internal static string Capitalize(string city)
    {
        var builder = new StringBuilder(city.Length);
        var word = new StringBuilder();
        foreach (var c in city.ToLowerInvariant())
        {
            if (c is ' ' or '-' or '\'')
            {
                AppendWord(builder, word.ToString());
                builder.Append(c);
                word.Clear();
            }
            else
            {
                word.Append(c);
            }
        }

        AppendWord(builder, word.ToString());
        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (word == "cedex")
        {
            builder.Append("CEDEX");
        }
        else if (builder.Length > 0 && Particles.Contains(word))
        {
            builder.Append(word);
        }
        else
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }
    }
}
