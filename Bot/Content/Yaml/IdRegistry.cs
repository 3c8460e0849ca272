namespace Majordome.Bot.Content.Yaml;

/// <summary>
/// The identifiers declared in one file (skus, boutique or FAQ ids) and the references to them, checked once
/// the whole file is read so that a reference may point further down.
/// </summary>
internal sealed class IdRegistry(string what)
{
    private readonly Dictionary<string, YamlValue> declared = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Id, YamlValue At, string Owner)> references = [];

    /// <summary>Declares <paramref name="id"/>; reports it when an earlier item already uses it.</summary>
    public void Declare(string id, YamlValue at)
    {
        if (declared.TryGetValue(id, out var first))
        {
            at.Report($"the {what} \"{id}\" is already used at line {first.Node.Start.Line}: each {what} must be unique.");
            return;
        }

        declared.Add(id, at);
    }

    /// <summary>
    /// Reads an optional list of ids that the item <paramref name="owner"/> refers to (such as "similar" or
    /// "related"); they are checked by <see cref="CheckReferences"/>. Null when a problem was reported.
    /// </summary>
    public IReadOnlyList<string>? ReadReferences(YamlValue? value, string? owner)
    {
        var items = value is null ? [] : value.AsList();
        if (items is null)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var item in items)
        {
            if (item.AsText() is { } id)
            {
                references.Add((id, item, owner ?? string.Empty));
                ids.Add(id);
            }
        }

        return ids.Count == items.Count ? ids : null;
    }

    /// <summary>Reports every reference to an undeclared id, or an item referring to itself.</summary>
    public void CheckReferences()
    {
        foreach (var (id, at, owner) in references)
        {
            if (string.Equals(id, owner, StringComparison.OrdinalIgnoreCase))
            {
                at.Report($"\"{id}\" refers to itself: list other {what}s only.");
            }
            else if (!declared.ContainsKey(id))
            {
                var guess = KeySuggestion.Closest(id, declared.Keys);
                var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                at.Report($"unknown {what} \"{id}\": no item in this file has it.{hint}");
            }
        }
    }
}
