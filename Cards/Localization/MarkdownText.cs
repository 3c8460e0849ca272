using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Localization;

/// <summary>
/// A message's text is Markdown (Bot Framework's default text format; Web Chat renders it, HTML included): whatever
/// a customer typed is escaped before the bot repeats it, so <c>**Jean** [x](http://evil.example) &lt;img …&gt;</c>
/// reads as typed instead of turning bold, into a link or into an image request. Only the characters that open
/// markup are escaped, with CommonMark's backslash, so ordinary names, addresses and e-mails stay readable;
/// <see cref="ToPlain"/> undoes it for channels that show text as it is (Messenger, Instagram). Adaptive Cards'
/// TextBlocks and facts render Markdown too: <see cref="EscapeCardTexts"/> escapes them once a card is bound.
/// </summary>
public static class MarkdownText
{
    // Emphasis, code, strikethrough, links and images, raw HTML, block quotes, headings, tables, and the backslash.
    private const string Special = "\\`*_~[]<>#|";

    /// <summary><paramref name="text"/> with each markup character preceded by a backslash; empty for null.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.IndexOfAny(Special.ToCharArray()) < 0)
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Escapes, in place, the text an Adaptive Card renders as Markdown: TextBlock and TextRun texts, fact titles and
    /// values. Majordome's templates use no Markdown of their own, so everything there is shown as written; ids,
    /// URLs, action data and the card's <c>fallbackText</c> (plain text) are left alone.
    /// </summary>
    public static void EscapeCardTexts(JContainer card)
    {
        ArgumentNullException.ThrowIfNull(card);
        foreach (var element in card.DescendantsAndSelf().OfType<JObject>().ToList())
        {
            if ((string?)element["type"] is "TextBlock" or "TextRun")
            {
                EscapeProperty(element, "text");
            }
        }

        foreach (var fact in card.DescendantsAndSelf().OfType<JProperty>().Where(p => p.Name == "facts" && p.Value is JArray).SelectMany(p => p.Value.Children<JObject>()).ToList())
        {
            EscapeProperty(fact, "title");
            EscapeProperty(fact, "value");
        }
    }

    private static void EscapeProperty(JObject element, string name)
    {
        if (element[name] is JValue { Type: JTokenType.String } value)
        {
            value.Value = Escape((string?)value.Value);
        }
    }

    /// <summary>The text as a plain-text channel shows it: the escapes of <see cref="Escape"/> removed.</summary>
    public static string? ToPlain(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown) || !markdown.Contains('\\', StringComparison.Ordinal))
        {
            return markdown;
        }

        var plain = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && Special.Contains(markdown[i + 1], StringComparison.Ordinal))
            {
                i++;
            }

            plain.Append(markdown[i]);
        }

        return plain.ToString();
    }
}
