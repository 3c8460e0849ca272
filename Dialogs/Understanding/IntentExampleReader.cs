using System.Globalization;
using Majordome.Dialogs.Localization;
using YamlDotNet.RepresentationModel;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Reads labelled utterances: the flows' examples (intents.yaml: a list of flows, each an id and examples per
/// language, the shape the declarative flows will also use) and evaluation files (TSV: text, intent, language).
/// Problems are reported with the file and line so the author can fix them.
/// </summary>
public static class IntentExampleReader
{
    /// <summary>
    /// Reads intents.yaml:
    /// <code>
    /// intents:
    ///   - id: book
    ///     examples:
    ///       fr: [je voudrais réserver une table, …]
    ///       en: [I'd like to book a table, …]
    /// </code>
    /// </summary>
    /// <exception cref="FormatException">The file is not in that shape; the message says where.</exception>
    public static IReadOnlyList<IntentExample> ReadYaml(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{sourceName}:{e.Start.Line}: {e.Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("intents"), out var list) || list is not YamlSequenceNode intents)
        {
            throw new FormatException($"{sourceName}:1: expected a top-level 'intents:' list of flows (id and examples per language).");
        }

        var examples = new List<IntentExample>();
        foreach (var node in intents)
        {
            if (node is not YamlMappingNode intent
                || !intent.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) || idNode is not YamlScalarNode { Value: { Length: > 0 } id })
            {
                throw new FormatException($"{sourceName}:{node.Start.Line}: each intent needs an 'id'.");
            }

            if (!intent.Children.TryGetValue(new YamlScalarNode("examples"), out var byLanguage) || byLanguage is not YamlMappingNode languages)
            {
                throw new FormatException($"{sourceName}:{node.Start.Line}: intent '{id}' needs 'examples:' with a list per language (fr, en).");
            }

            foreach (var (key, value) in languages.Children)
            {
                var language = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!Languages.All.Contains(language) || value is not YamlSequenceNode lines)
                {
                    throw new FormatException($"{sourceName}:{key.Start.Line}: intent '{id}': examples are listed under 'fr' or 'en'.");
                }

                examples.AddRange(lines.OfType<YamlScalarNode>()
                    .Where(s => !string.IsNullOrWhiteSpace(s.Value))
                    .Select(s => new IntentExample(s.Value!.Trim(), id, language)));
            }
        }

        return examples;
    }

    /// <summary>
    /// Reads a TSV file: one example per line, <c>text&lt;TAB&gt;intent&lt;TAB&gt;language</c> (language optional,
    /// "fr" or "en"); blank lines and lines starting with # are skipped.
    /// </summary>
    /// <exception cref="FormatException">A line without a text and an intent; the message gives its number.</exception>
    public static IReadOnlyList<IntentExample> ReadTsv(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var examples = new List<IntentExample>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || string.IsNullOrWhiteSpace(fields[0]) || string.IsNullOrWhiteSpace(fields[1]))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{number}: expected text<TAB>intent<TAB>language."));
            }

            var language = fields.Length > 2 && !string.IsNullOrWhiteSpace(fields[2]) ? fields[2].Trim() : null;
            examples.Add(new IntentExample(fields[0].Trim(), fields[1].Trim(), language));
        }

        return examples;
    }

    /// <summary>Reads a file by its extension: .yaml/.yml as intents.yaml, anything else as TSV.</summary>
    public static IReadOnlyList<IntentExample> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = File.OpenText(path);
        return Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" ? ReadYaml(reader, path) : ReadTsv(reader, path);
    }
}
