using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Dialogs.Flows;

/// <summary>Fills the {variables} of a flow's texts.</summary>
public static partial class FlowText
{
    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The variable names <paramref name="text"/> refers to, in order.</summary>
    public static IEnumerable<(string Name, int Offset)> Variables(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Placeholder().Matches(text).Select(m => (m.Groups[1].Value, m.Index));
    }

    /// <summary><paramref name="text"/> with each {name} replaced by the variable's value (empty when unset).</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(variables);
        return Placeholder().Replace(text, m => Format(variables.GetValueOrDefault(m.Groups[1].Value)));
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "✓" : "✗",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
