using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templates;

/// <summary>The card templates embedded in this assembly (Cards/Templates/*.json), parsed once.</summary>
public static class CardTemplates
{
    private const string Prefix = "Majordome.Cards.Templates.";
    private static readonly ConcurrentDictionary<string, JObject> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of every embedded template, without ".json" (for example "product-carousel").</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(CardTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>A copy of the template <paramref name="name"/> (for example "product"), safe to change.</summary>
    public static JObject Load(string name) => (JObject)Shared(name).DeepClone();

    /// <summary>The cached template itself; callers must not change it (the binder only reads it).</summary>
    internal static JObject Shared(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(CardTemplates).Assembly.GetManifestResourceStream(Prefix + n + ".json")
            ?? throw new ArgumentException($"No card template '{n}'. The templates are: {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(stream);
        return JObject.Parse(reader.ReadToEnd());
    });
}
