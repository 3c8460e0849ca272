using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// The functions templates may call: a small subset of Adaptive Expressions with the same names and meanings,
/// so a template written here also works with the official SDK.
/// </summary>
internal static class TemplateFunctions
{
    private static readonly Dictionary<string, TemplateFunction> All = new TemplateFunction[]
    {
        new("if", 3, 3, c => Values.IsTrue(c.Evaluate(0)) ? c.Evaluate(1) : c.Evaluate(2)),
        new("empty", 1, 1, c => new JValue(IsEmpty(c.Probe(0)))),
        new("count", 1, 1, c => new JValue(Count(c.Probe(0)))),
        new("toUpper", 1, 1, c => new JValue(Values.ToText(c.Evaluate(0)).ToUpperInvariant())),
        new("toLower", 1, 1, c => new JValue(Values.ToText(c.Evaluate(0)).ToLowerInvariant())),
        new("string", 1, 1, c => new JValue(Values.ToText(c.Evaluate(0)))),
        new("concat", 1, 16, c => new JValue(string.Concat(Enumerable.Range(0, c.Count).Select(i => Values.ToText(c.Evaluate(i)))))),
        new("join", 2, 2, Join),
        new("json", 1, 1, Json),
        new("formatNumber", 2, 3, FormatNumber),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => All.Keys;

    public static TemplateFunction? Find(string name) => All.GetValueOrDefault(name);

    private static bool IsEmpty(JToken? value) => value switch
    {
        _ when Values.IsNothing(value) => true,
        JValue { Type: JTokenType.String } s => string.IsNullOrEmpty(s.Value<string>()),
        JContainer container => !container.HasValues,
        _ => false,
    };

    private static int Count(JToken? value) => value switch
    {
        JArray a => a.Count,
        JObject o => o.Count,
        JValue { Type: JTokenType.String } s => s.Value<string>()!.Length,
        _ => 0,
    };

    private static JToken? Join(FunctionCall call) =>
        call.Evaluate(0) is JArray items
            ? new JValue(string.Join(Values.ToText(call.Evaluate(1)), items.Select(Values.ToText)))
            : null;

    /// <summary>Parses a JSON string. Text that is not JSON comes from data, not from the template, so it binds as missing rather than failing the card.</summary>
    private static JToken? Json(FunctionCall call)
    {
        if (call.Evaluate(0) is not JValue { Type: JTokenType.String } text)
        {
            return null;
        }

        try
        {
            return JToken.Parse(text.Value<string>()!);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    /// <summary><c>formatNumber(value, decimals, locale?)</c>: group separators and fixed decimals, invariant (en-US style) unless a locale is given.</summary>
    private static JToken? FormatNumber(FunctionCall call)
    {
        var value = call.Evaluate(0);
        if (!Values.IsNumber(value))
        {
            return null;
        }

        if (call.Evaluate(1) is not JValue { Type: JTokenType.Integer } digits || digits.Value<long>() is < 0 or > 15)
        {
            throw call.Session.Error("formatNumber's second argument must be a whole number of decimals between 0 and 15");
        }

        var culture = call.Count == 3 ? Culture(call, Values.ToText(call.Evaluate(2))) : CultureInfo.InvariantCulture;
        var format = "N" + digits.Value<long>().ToString(CultureInfo.InvariantCulture);
        try
        {
            return new JValue(Values.ToDecimal(value!).ToString(format, culture));
        }
        catch (OverflowException)
        {
            return new JValue(Values.ToDouble(value!).ToString(format, culture));
        }
    }

    private static CultureInfo Culture(FunctionCall call, string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw call.Session.Error($"formatNumber: unknown locale '{name}'; use a name such as 'fr-FR' or 'en-GB'");
        }
    }
}
