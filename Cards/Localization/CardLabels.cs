using System.Collections.Frozen;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Localization;

/// <summary>
/// Every customer-facing string of the cards, per language, from the embedded <c>labels.{language}.json</c>.
/// Keys are "{card}.{name}" (for example "product.addToCart"), "common.*" for strings shared by several cards,
/// and "day.*" / "month.*" for dates. Placeholders are written {name}.
/// </summary>
public static class CardLabels
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Tables =
        CardLanguage.All.ToFrozenDictionary(language => language, Load);

    /// <summary>Every label key of <paramref name="language"/>.</summary>
    public static IReadOnlyCollection<string> Keys(string language) => Table(language).Keys;

    /// <summary>The label <paramref name="key"/> in <paramref name="language"/>, with its {placeholders} replaced.</summary>
    /// <exception cref="KeyNotFoundException">The key does not exist: a bug in a card, caught by the label tests.</exception>
    public static string Get(string language, string key, params (string Name, object Value)[] arguments)
    {
        if (!Table(language).TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"No card label '{key}' in '{CardLanguage.Normalize(language)}'. Add it to Cards/Localization/labels.*.json.");
        }

        foreach (var (name, value) in arguments)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// The labels one card template binds as <c>labels.*</c>: the "common." labels and the card's own, without
    /// their prefix (so "product.addToCart" is <c>${labels.addToCart}</c> in product.json).
    /// </summary>
    public static JObject ForCard(string cardName, string language)
    {
        var labels = new JObject();
        foreach (var prefix in new[] { "common.", cardName + "." })
        {
            foreach (var (key, text) in Table(language).Where(l => l.Key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                labels[key[prefix.Length..]] = text;
            }
        }

        return labels;
    }

    private static FrozenDictionary<string, string> Table(string language) => Tables[CardLanguage.Normalize(language)];

    private static FrozenDictionary<string, string> Load(string language)
    {
        var name = $"Majordome.Cards.Localization.labels.{language}.json";
        using var stream = typeof(CardLabels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from Majordome.Cards.");
        using var reader = new StreamReader(stream);
        return JObject.Parse(reader.ReadToEnd()).Properties()
            .ToFrozenDictionary(p => p.Name, p => p.Value.Value<string>() ?? string.Empty, StringComparer.Ordinal);
    }
}
