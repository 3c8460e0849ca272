using System.Globalization;
using System.Reflection;
using Majordome.Cards.Localization;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Localization;

/// <summary>
/// Every string a customer sees, per language, read from <c>Resources/strings.{language}.json</c>
/// (embedded in the assembly). Placeholders are named, <c>{min}</c>, so translators see what goes where;
/// numbers are formatted in the language's culture. <see cref="Get"/> makes a message's text, which is Markdown:
/// the values put in it (often what the customer typed: a name, an address) are escaped
/// (<see cref="MarkdownText"/>); <see cref="GetPlain"/> is for text shown as it is (a web page's title, a
/// Messenger profile). A key missing in one language is a start-up error, checked by <see cref="Validate"/> and by
/// the tests.
/// </summary>
public sealed partial class Localizer
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _strings;

    /// <summary>Creates a localizer from string tables (language -> key -> text).</summary>
    public Localizer(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        _strings = strings.ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>The strings shipped with Majordome.</summary>
    public static Localizer Default { get; } = LoadEmbedded();

    /// <summary>The keys known in every language (the union; <see cref="Validate"/> checks they match).</summary>
    public IEnumerable<string> Keys => _strings.Values.SelectMany(t => t.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="language"/> for a message, with <paramref name="args"/>'
    /// properties replacing the named placeholders (for example <c>new { min = 1, max = 8 }</c>), their text escaped
    /// as Markdown so that a value is never read as markup.
    /// </summary>
    public string Get(string language, string key, object? args = null) => Render(language, key, args, MarkdownText.Escape);

    /// <summary>As <see cref="Get"/>, the values inserted as they are: for text that is not a message's Markdown.</summary>
    public string GetPlain(string language, string key, object? args = null) => Render(language, key, args, value => value);

    private string Render(string language, string key, object? args, Func<string, string> escape)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (!_strings.TryGetValue(language, out var table))
        {
            table = _strings[Languages.French];
            language = Languages.French;
        }

        if (!table.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"The string '{key}' is missing for language '{language}': add it to Dialogs/Localization/Resources/strings.{language}.json.");
        }

        return args is null ? text : Format(text, language, args, escape);
    }

    /// <summary>Lists what is wrong with the tables: keys missing in a language, placeholders that differ.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var key in Keys)
        {
            var placeholders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var language in Languages.All)
            {
                if (!_strings.TryGetValue(language, out var table) || !table.TryGetValue(key, out var text))
                {
                    problems.Add($"strings.{language}.json: the key '{key}' is missing.");
                    continue;
                }

                var found = Placeholders.Find(text).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                if (placeholders.Count == 0)
                {
                    placeholders = found;
                }
                else if (!placeholders.SetEquals(found))
                {
                    problems.Add($"strings.{language}.json: the key '{key}' uses placeholders {{{string.Join("}, {", found)}}} unlike the other languages.");
                }
            }
        }

        return problems;
    }

    private static string Format(string text, string language, object args, Func<string, string> escape)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var values = args.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => p.GetValue(args), StringComparer.Ordinal);
        return Placeholders.Fill(text, name => values.TryGetValue(name, out var value) ? escape(Convert.ToString(value, culture) ?? string.Empty) : null);
    }

    private static Localizer LoadEmbedded()
    {
        var assembly = typeof(Localizer).Assembly;
        var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var language in Languages.All)
        {
            var suffix = $".strings.{language}.json";
            var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"The embedded resource strings.{language}.json is missing from {assembly.GetName().Name}.");
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var json = JObject.Parse(reader.ReadToEnd());
            tables[language] = json.Properties().ToDictionary(p => p.Name, p => p.Value.Value<string>() ?? string.Empty, StringComparer.Ordinal);
        }

        return new Localizer(tables);
    }

}
