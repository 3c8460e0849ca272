using System.Text.RegularExpressions;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>Reads a transcript's <c>variant: b</c> line: the experiment variant its customer is put in.</summary>
internal static partial class TranscriptVariant
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Name();

    /// <summary>The variant named in <paramref name="value"/>, or null after reporting why it is not one.</summary>
    public static string? Read(string value, Action<string> report)
    {
        if (Name().IsMatch(value))
        {
            return value;
        }

        report($"\"{value}\" is not a variant name: write the name the flow's variants: gives it, such as variant: b.");
        return null;
    }
}
