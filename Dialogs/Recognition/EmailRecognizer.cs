using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Recognition;

/// <summary>Finds the email address in an answer ("c'est jean.dupont@exemple.fr merci"). Pure and thread-safe.</summary>
public static partial class EmailRecognizer
{
    private const int MaxLocalLength = 64;
    private const int MaxAddressLength = 254;
    private const string LeadingNoise = "\"'<([{«:";
    private const string TrailingNoise = ".,;:!?\"')]}>»";

    /// <summary>
    /// Extracts one plausible address: a word containing "@" (surrounding quotes, brackets, "mailto:" and final
    /// punctuation removed) with a local part of letters, digits and the usual symbols (no leading, trailing or
    /// double dot) and a domain of at least two labels ending with an alphabetic top-level domain. The local part
    /// keeps its case; the domain is lowercased. Only ASCII addresses are accepted.
    /// </summary>
    /// <param name="text">The user's answer.</param>
    /// <returns>
    /// The address, or null when there is none ("jean@", "@x.fr", "jean@exemple", "jean..dupont@x.fr"), when a space
    /// touches the "@" ("jean @exemple.fr": the address was split), or when two different addresses are given.
    /// </returns>
    public static string? Recognize(string? text)
    {
        var canonical = TextNormalizer.Canonicalize(text);
        if (canonical.Length == 0 || SpaceAroundAt().IsMatch(canonical))
        {
            return null;
        }

        string? found = null;
        foreach (var word in canonical.Split(' '))
        {
            if (!word.Contains('@', StringComparison.Ordinal) || Clean(word) is not { } address)
            {
                continue;
            }

            if (found is not null && !string.Equals(found, address, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            found ??= address;
        }

        return found;
    }

    private static string? Clean(string word)
    {
        var candidate = word.Trim().TrimStart(LeadingNoise.ToCharArray()).TrimEnd(TrailingNoise.ToCharArray());
        if (candidate.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            candidate = candidate["mailto:".Length..];
        }

        var match = Address().Match(candidate);
        if (!match.Success || candidate.Length > MaxAddressLength || match.Groups["local"].Length > MaxLocalLength)
        {
            return null;
        }

        return $"{match.Groups["local"].Value}@{match.Groups["domain"].Value.ToLowerInvariant()}";
    }

    [GeneratedRegex(@"\s@|@\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceAroundAt();

    [GeneratedRegex(
        @"^(?<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
