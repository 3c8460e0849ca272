using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Localization;

/// <summary>
/// The named <c>{placeholders}</c> of customer-facing texts, read and filled in one place: the localized strings
/// and the marketers' flow texts use the same syntax.
/// </summary>
public static partial class Placeholders
{
    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Pattern();

    /// <summary>The placeholder names in <paramref name="text"/>, in order, with their offsets.</summary>
    public static IEnumerable<(string Name, int Offset)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Matches(text).Select(m => (m.Groups[1].Value, m.Index));
    }

    /// <summary><paramref name="text"/> with each placeholder replaced by <paramref name="valueOf"/>'s text; kept as written when it returns null.</summary>
    public static string Fill(string text, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(valueOf);
        return Pattern().Replace(text, m => valueOf(m.Groups[1].Value) ?? m.Value);
    }
}
