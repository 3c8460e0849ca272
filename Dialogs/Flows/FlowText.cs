using System.Globalization;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Flows;

/// <summary>Fills the {variables} of a flow's texts, with the same placeholders as the localized strings.</summary>
public static class FlowText
{
    /// <summary>The variable names <paramref name="text"/> refers to, in order.</summary>
    public static IEnumerable<(string Name, int Offset)> Variables(string text) => Placeholders.Find(text);

    /// <summary>
    /// <paramref name="text"/> with each {name} replaced by the variable's value (empty when unset), numbers written
    /// the way the customer's <paramref name="language"/> writes them ("12,5" in French).
    /// </summary>
    public static string Fill(string text, IReadOnlyDictionary<string, object?> variables, string language)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var culture = CultureInfo.GetCultureInfo(Languages.All.Contains(language) ? language : Languages.French);
        return Placeholders.Fill(text, name => Format(variables.GetValueOrDefault(name), culture));
    }

    private static string Format(object? value, CultureInfo culture) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.##", culture),
        bool b => b ? "✓" : "✗",
        _ => Convert.ToString(value, culture) ?? string.Empty,
    };
}
