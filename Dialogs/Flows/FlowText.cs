using System.Globalization;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Flows;

/// <summary>Fills the {variables} of a flow's texts, with the same placeholders as the localized strings.</summary>
public static class FlowText
{
    /// <summary>The variable names <paramref name="text"/> refers to, in order.</summary>
    public static IEnumerable<(string Name, int Offset)> Variables(string text) => Placeholders.Find(text);

    /// <summary>
    /// A message's text: <paramref name="text"/> with each {name} replaced by the variable's value (empty when
    /// unset), numbers written the way the customer's <paramref name="language"/> writes them ("12,5" in French),
    /// and values escaped as Markdown, since they are often what the customer typed (<see cref="MarkdownText"/>).
    /// </summary>
    public static string Fill(string text, IReadOnlyDictionary<string, object?> variables, string language) =>
        Fill(text, variables, language, MarkdownText.Escape, datesAsText: true);

    /// <summary>
    /// As <see cref="Fill(string, IReadOnlyDictionary{string, object?}, string)"/>, values inserted as they are:
    /// for an action's arguments (stored, sent elsewhere) and a card's data (the card escapes its own texts).
    /// </summary>
    public static string FillPlain(string text, IReadOnlyDictionary<string, object?> variables, string language) =>
        Fill(text, variables, language, value => value);

    /// <summary>
    /// An address (an action's <c>url</c>): each value percent-encoded, so a customer's answer stays one piece of
    /// the path or query ("../admin?x=1" cannot climb to another path, add parameters or cut the address).
    /// </summary>
    public static string FillUrl(string text, IReadOnlyDictionary<string, object?> variables, string language) =>
        Fill(text, variables, language, Uri.EscapeDataString);

    private static string Fill(string text, IReadOnlyDictionary<string, object?> variables, string language, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var culture = CultureInfo.GetCultureInfo(Languages.All.Contains(language) ? language : Languages.French);
        return Placeholders.Fill(text, name => escape(Format(variables.GetValueOrDefault(name), culture)));
    }

    /// <summary>
    /// A message's text, where a date answer reads as the customer's language writes it ("14 mars 1990"); an
    /// action's arguments keep ISO dates (<see cref="FillPlain"/>), which machines read.
    /// </summary>
    private static string Fill(string text, IReadOnlyDictionary<string, object?> variables, string language, Func<string, string> escape, bool datesAsText)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (!datesAsText)
        {
            return Fill(text, variables, language, escape);
        }

        var culture = CultureInfo.GetCultureInfo(Languages.All.Contains(language) ? language : Languages.French);
        return Placeholders.Fill(text, name => escape(variables.GetValueOrDefault(name) switch
        {
            string stored when FlowDates.Display(stored, culture.Name) is { } date => date,
            DateOnly day => FlowDates.Display(day.ToString(FlowDates.DateFormat, CultureInfo.InvariantCulture), culture.Name)!,
            var value => Format(value, culture),
        }));
    }

    private static string Format(object? value, CultureInfo culture) => value switch
    {
        null => string.Empty,
        DateOnly day => day.ToString(FlowDates.DateFormat, CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##", culture),
        bool b => b ? "✓" : "✗",
        _ => Convert.ToString(value, culture) ?? string.Empty,
    };
}
