using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Yaml;

/// <summary>
/// One value in a content file with its field path. Each <c>As...</c> method returns the value converted, or
/// null after reporting, in plain language, what was expected instead; callers carry on so that every
/// problem of the file is found in one pass.
/// </summary>
internal sealed partial class YamlValue(YamlNode node, string field, SourceFile file)
{
    /// <summary>The YAML node, whose Start is the line and column reported.</summary>
    public YamlNode Node { get; } = node;

    /// <summary>The field's path, such as "products[3].price".</summary>
    public string Field { get; } = field;

    /// <summary>The file being read.</summary>
    public SourceFile File { get; } = file;

    /// <summary>Whether nothing was written after the colon (or ~ / null).</summary>
    public bool IsEmpty => Node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    /// <summary>Records a problem at this value; returns null so callers can write <c>return Report(...)</c>.</summary>
    public T? Report<T>(string message)
        where T : class
    {
        Report(message);
        return null;
    }

    /// <summary>Records a problem at this value.</summary>
    public void Report(string message) => File.Report(Node.Start, Field, message);

    /// <summary>Records a warning at this value: the file still serves.</summary>
    public void Warn(string message) => File.Warn(Node.Start, Field, message);

    /// <summary>Non-empty text.</summary>
    public string? AsText()
    {
        if (Node is not YamlScalarNode scalar)
        {
            return Report<string>($"expected a text but found {Describe()}.");
        }

        return IsEmpty || string.IsNullOrWhiteSpace(scalar.Value) ? Report<string>("this is empty: write a text.") : scalar.Value.Trim();
    }

    /// <summary>The value as a group of fields (key: value lines).</summary>
    public YamlMapping? AsMapping() =>
        Node is YamlMappingNode mapping
            ? new YamlMapping(mapping, Field, File)
            : Report<YamlMapping>($"expected a group of fields (name: value, one per line) but found {Describe()}.");

    /// <summary>The items of a list; a single value is taken as a list of one, as marketers often write it so.</summary>
    public IReadOnlyList<YamlValue>? AsList() => Node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select((n, i) => new YamlValue(n, $"{Field}[{i}]", File))],
        YamlScalarNode when !IsEmpty => [this],
        YamlScalarNode => [],
        _ => Report<IReadOnlyList<YamlValue>>($"expected a list (one \"- item\" per line) but found {Describe()}."),
    };

    /// <summary>How the value looks, for messages: "\"quatre\"", "a list", "a group of fields", "nothing".</summary>
    public string Describe() => Node switch
    {
        YamlScalarNode when IsEmpty => "nothing",
        YamlScalarNode s => $"\"{s.Value}\"",
        YamlSequenceNode => "a list",
        _ => "a group of fields",
    };

    /// <summary>The scalar text for number and date conversions, or null after reporting what was expected.</summary>
    private string? ScalarText(string expected)
    {
        if (Node is YamlScalarNode scalar && !IsEmpty && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        return Report<string>($"expected {expected} but found {Describe()}.");
    }

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
