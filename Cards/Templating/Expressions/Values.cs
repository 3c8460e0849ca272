using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// The value rules of the expression language, following Adaptive Expressions (the language behind the official
/// templating SDK): only false, null and missing are false; numbers compare by value whatever their JSON type.
/// </summary>
internal static class Values
{
    public static bool IsTrue(JToken? value) => value switch
    {
        _ when IsNothing(value) => false,
        JValue { Type: JTokenType.Boolean } b => b.Value<bool>(),
        _ => true,
    };

    /// <summary>
    /// Missing, JSON null, or a JValue holding null (Newtonsoft types <c>new JValue((string?)null)</c> as a String,
    /// which is what <c>obj["x"] = nullableString</c> creates).
    /// </summary>
    public static bool IsNothing(JToken? value) =>
        value is null || value.Type is JTokenType.Null or JTokenType.Undefined || value is JValue { Value: null };

    public static bool IsNumber(JToken? value) => value?.Type is JTokenType.Integer or JTokenType.Float;

    public static double ToDouble(JToken value) => Convert.ToDouble(((JValue)value).Value, CultureInfo.InvariantCulture);

    public static bool AreEqual(JToken? a, JToken? b)
    {
        if (IsNothing(a) || IsNothing(b))
        {
            return IsNothing(a) && IsNothing(b);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Compare(a, b) == 0;
        }

        return JToken.DeepEquals(a, b);
    }

    /// <summary>Orders two numbers or two strings; null when they cannot be ordered (the comparison is then false).</summary>
    public static int? Compare(JToken? a, JToken? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            return ToDouble(a!).CompareTo(ToDouble(b!));
        }

        if (a?.Type == JTokenType.String && b?.Type == JTokenType.String)
        {
            return Math.Sign(string.CompareOrdinal(a.Value<string>(), b.Value<string>()));
        }

        return null;
    }

    /// <summary><c>+</c> adds numbers and, when either side is a string, concatenates (as Adaptive Expressions does).</summary>
    public static JToken? Add(JToken? a, JToken? b)
    {
        if (a?.Type == JTokenType.String || b?.Type == JTokenType.String)
        {
            return new JValue(ToText(a) + ToText(b));
        }

        return Arithmetic(a, b, (x, y) => x + y, (x, y) => x + y);
    }

    /// <summary>
    /// Integer arithmetic when both sides are integers, decimal otherwise (so 0.1 * 3 is 0.3, not 0.30000000000000004);
    /// missing when either side is not a number.
    /// </summary>
    public static JToken? Arithmetic(JToken? a, JToken? b, Func<long, long, long> integers, Func<decimal, decimal, decimal> decimals)
    {
        if (!IsNumber(a) || !IsNumber(b))
        {
            return null;
        }

        if (a!.Type == JTokenType.Integer && b!.Type == JTokenType.Integer)
        {
            return new JValue(integers(a.Value<long>(), b.Value<long>()));
        }

        try
        {
            return new JValue(decimals(ToDecimal(a), ToDecimal(b!)));
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal ToDecimal(JToken value) => Convert.ToDecimal(((JValue)value).Value, CultureInfo.InvariantCulture);

    /// <summary>The text of a value embedded in a longer string: invariant culture, missing and null as "".</summary>
    public static string ToText(JToken? value) => value switch
    {
        _ when IsNothing(value) => string.Empty,
        JValue { Type: JTokenType.String } s => s.Value<string>() ?? string.Empty,
        JValue { Type: JTokenType.Boolean } b => b.Value<bool>() ? "true" : "false",
        JValue { Type: JTokenType.Float, Value: double d } => d.ToString("R", CultureInfo.InvariantCulture),
        JValue { Type: JTokenType.Date, Value: DateTimeOffset o } => o.ToString("o", CultureInfo.InvariantCulture),
        JValue { Type: JTokenType.Date, Value: DateTime t } => t.ToString("o", CultureInfo.InvariantCulture),
        JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => value!.ToString(Formatting.None),
    };
}
