using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Bot.Channels;

/// <summary>A message that is only a number picking an entry of a list: "2", "#2", "n°2", "number 2", "le 2".</summary>
public static partial class NumberedAnswer
{
    /// <summary>The number <paramref name="text"/> is, or null when it says anything more.</summary>
    public static int? Read(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        return match is { Success: true } && int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:n°|nº|no\.?|num(?:é|e)ro|number|#|le|la|the)\s*)?(?<n>\d{1,2})\s*[.)!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
