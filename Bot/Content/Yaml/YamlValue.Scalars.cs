using System.Globalization;
using System.Text.RegularExpressions;

namespace Majordome.Bot.Content.Yaml;

/// <summary>Conversions of single values: numbers, yes/no, dates.</summary>
internal sealed partial class YamlValue
{
    [GeneratedRegex("€|\\beur(os?)?\\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyPattern();

    /// <summary>A decimal number written with a dot, such as 4.90.</summary>
    public decimal? AsDecimal()
    {
        var text = ScalarText("a number (like 4.90)");
        if (text is null)
        {
            return null;
        }

        if (TryDecimal(text, out var value))
        {
            return value;
        }

        // French marketers naturally write 4,90 or 4.90 €: say exactly what to change.
        var withoutCurrency = CurrencyPattern().Replace(text, string.Empty).Trim().Replace(',', '.');
        Report(withoutCurrency != text.Replace(',', '.') && TryDecimal(withoutCurrency, out _)
            ? $"write the amount without the currency, like {withoutCurrency}, not \"{text}\"."
            : TryDecimal(text.Replace(',', '.'), out _)
                ? $"write decimals with a dot, like {text.Replace(',', '.')}, not \"{text}\"."
                : $"expected a number (like 4.90) but found \"{text}\".");
        return null;
    }

    /// <summary>A whole number, such as 12.</summary>
    public int? AsInt()
    {
        var text = ScalarText("a whole number (like 12)");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report($"expected a whole number (like 12) but found \"{text}\".");
        return null;
    }

    /// <summary>A decimal number for coordinates, such as 48.8698.</summary>
    public double? AsDouble() => AsDecimal() is { } value ? (double)value : null;

    /// <summary>Yes or no (true/false).</summary>
    public bool? AsBool()
    {
        var text = ScalarText("yes or no");
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default:
                Report($"expected yes or no (true or false) but found \"{text}\".");
                return null;
        }
    }

    /// <summary>A calendar date written year-month-day, such as 2026-12-25.</summary>
    public DateOnly? AsDate()
    {
        var text = ScalarText("a date (like 2026-12-25)");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report($"expected a date written year-month-day (like 2026-12-25) but found \"{text}\".");
        return null;
    }

    /// <summary>One of a fixed set of lower-case names, such as a category or a topic.</summary>
    public T? AsChoice<T>(string what, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = ScalarText(what);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text.ToLowerInvariant(), out var value))
        {
            return value;
        }

        var guess = KeySuggestion.Closest(text, choices.Keys);
        var hint = guess is null ? string.Empty : $"did you mean \"{guess}\"? ";
        Report($"unknown {what} \"{text}\": {hint}use one of {string.Join(", ", choices.Keys)}.");
        return null;
    }
}
