using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>
/// Cuts a long text into messages that each fit: between paragraphs first, then sentences, then words, and only as
/// a last resort between characters, never inside a grapheme (an emoji or an accented letter stays whole).
/// </summary>
public static partial class TextSplitter
{
    private const int Graphemes = 3;

    /// <summary>The pieces of <paramref name="text"/>, in order, each accepted by <paramref name="fits"/>; none empty.</summary>
    public static IReadOnlyList<string> Split(string? text, Func<string, bool> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var output = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            Pack(text.Trim(), 0, fits, output);
        }

        return output;
    }

    private static void Pack(string text, int level, Func<string, bool> fits, List<string> output)
    {
        if (fits(text.Trim()))
        {
            Add(output, text);
            return;
        }

        var current = new StringBuilder();
        foreach (var piece in Pieces(text, level))
        {
            if (fits((current + piece).Trim()))
            {
                current.Append(piece);
                continue;
            }

            Add(output, current.ToString());
            current.Clear();
            if (fits(piece.Trim()) || level == Graphemes)
            {
                current.Append(piece);
            }
            else
            {
                Pack(piece, level + 1, fits, output);
            }
        }

        Add(output, current.ToString());
    }

    private static IEnumerable<string> Pieces(string text, int level) => level switch
    {
        0 => ParagraphEnd().Split(text),
        1 => SentenceEnd().Split(text),
        2 => WordEnd().Split(text),
        _ => TextElements(text),
    };

    private static IEnumerable<string> TextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    private static void Add(List<string> output, string piece)
    {
        if (!string.IsNullOrWhiteSpace(piece))
        {
            output.Add(piece.Trim());
        }
    }

    [GeneratedRegex(@"(?<=\n[ \t]*\n)")]
    private static partial Regex ParagraphEnd();

    // After . ! ? … (and a closing quote or bracket) plus spaces, or after a line break.
    [GeneratedRegex(@"(?<=[.!?…][""'»”)\]]*\s+)(?=\S)|(?<=\n)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=\s)(?=\S)")]
    private static partial Regex WordEnd();
}
