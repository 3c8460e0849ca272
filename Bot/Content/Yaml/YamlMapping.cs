using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Yaml;

/// <summary>A group of "name: value" fields in a content file.</summary>
internal sealed class YamlMapping(YamlMappingNode node, string field, SourceFile file)
{
    /// <summary>The group's path; empty at the top of the file.</summary>
    public string Field { get; } = field;

    /// <summary>The fields in the order they are written.</summary>
    public IEnumerable<(string Key, YamlValue Value)> Entries =>
        node.Children.Select(c => (KeyOf(c.Key), new YamlValue(c.Value, PathOf(KeyOf(c.Key)), file)));

    /// <summary>
    /// The field <paramref name="key"/>; when it is missing, reports it (with <paramref name="whenMissing"/> as the
    /// message, if given) at the group's first line and returns null.
    /// </summary>
    public YamlValue? Required(string key, string? whenMissing = null)
    {
        var value = Find(key);
        if (value is null)
        {
            file.Report(node.Start, PathOf(key), whenMissing ?? $"\"{key}\" is missing.");
        }

        return value;
    }

    /// <summary>The field <paramref name="key"/>, or null when it is missing or left empty.</summary>
    public YamlValue? Optional(string key) => Find(key) is { IsEmpty: false } value ? value : null;

    /// <summary>
    /// Reports every field not in <paramref name="allowed"/>, typos first among them: a misspelt optional field
    /// would otherwise be silently ignored. <paramref name="explain"/> may give a better reason for a known name
    /// used in the wrong place.
    /// </summary>
    public void AllowOnly(IReadOnlyCollection<string> allowed, Func<string, string?>? explain = null)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = KeyOf(key);
            if (allowed.Contains(name))
            {
                continue;
            }

            var guess = KeySuggestion.Closest(name, allowed);
            var message = explain?.Invoke(name)
                ?? (guess is null
                    ? $"unknown field \"{name}\": the fields allowed here are {string.Join(", ", allowed)}."
                    : $"unknown field \"{name}\": did you mean \"{guess}\"?");
            file.Report(key.Start, PathOf(name), message);
        }
    }

    private YamlValue? Find(string key)
    {
        var entry = node.Children.FirstOrDefault(c => KeyOf(c.Key) == key);
        return entry.Key is null ? null : new YamlValue(entry.Value, PathOf(key), file);
    }

    private string PathOf(string key) => Field.Length == 0 ? key : $"{Field}.{key}";

    private static string KeyOf(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
}
