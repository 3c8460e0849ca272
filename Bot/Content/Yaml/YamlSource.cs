using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Yaml;

/// <summary>Reads a content file into a YAML tree whose nodes keep their line and column.</summary>
internal static class YamlSource
{
    /// <summary>The file's root, or null after reporting why there is none (missing, empty, not YAML).</summary>
    public static YamlValue? Load(string directory, SourceFile file)
    {
        var path = Path.Combine(directory, file.Name);
        if (!File.Exists(path))
        {
            file.ReportFile($"the file is missing: create it in \"{directory}\".");
            return null;
        }

        return Parse(File.ReadAllText(path), file);
    }

    /// <summary>The root of <paramref name="text"/> read as <paramref name="file"/>, or null after reporting why there is none.</summary>
    public static YamlValue? Parse(string text, SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        if (!IsWellFormed(text, file))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // The tree builder is where duplicate keys are found; the parser alone accepts them.
            file.Report(e.Start, string.Empty, Explain(e));
            return null;
        }

        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        if (root is null || root is YamlScalarNode { Value: "" or "~" or "null" })
        {
            file.ReportFile("the file is empty.");
            return null;
        }

        return new YamlValue(root, string.Empty, file);
    }

    /// <summary>
    /// Runs the parser alone first: for an unclosed [ or { YamlDotNet throws an InvalidOperationException without
    /// a position, so the position of the last opening bracket is tracked here to point the marketer at it.
    /// </summary>
    private static bool IsWellFormed(string text, SourceFile file)
    {
        var parser = new Parser(new StringReader(text));
        var openFlows = new Stack<Mark>();
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow }:
                        openFlows.Push(parser.Current.Start);
                        break;
                    case SequenceEnd or MappingEnd when openFlows.Count > 0 && IsFlowEnd(text, parser.Current.Start):
                        openFlows.Pop();
                        break;
                }
            }

            return true;
        }
        catch (YamlException e)
        {
            file.Report(e.Start, string.Empty, Explain(e));
        }
        catch (InvalidOperationException)
        {
            var at = openFlows.Count > 0 ? openFlows.Peek() : new Mark(0, 1, 1);
            file.Report(at, string.Empty, "this [ or { is never closed: add the matching ] or }, or write the list one item per line.");
        }

        return false;
    }

    private static bool IsFlowEnd(string text, Mark end) =>
        end.Index < text.Length && (text[(int)end.Index] == ']' || text[(int)end.Index] == '}');

    private static string Explain(YamlException e) =>
        e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
            ? $"the field \"{e.Message["Duplicate key".Length..].Trim()}\" is written twice in the same place: keep one."
            : $"this is not valid YAML ({e.Message.TrimEnd('.')}); check the indentation around this point, and put quotes around a text containing a colon, a comma or a #.";
}
