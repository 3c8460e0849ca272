using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Channels;

/// <summary>
/// Merges a turn's consecutive plain texts into one platform message (issue 16: fewer Send API calls per turn, so a
/// campaign burst is paced by fewer calls). Only a message that is nothing but <c>text</c> is held and merged; the next
/// one may also carry quick replies, which then stay on the merged message, as they were on its last text. A blank line
/// separates the texts, and the merge is refused when the result would not fit in one message.
/// </summary>
public static class TextMerge
{
    /// <summary>What separates two merged texts: a blank line, as between paragraphs.</summary>
    public const string Separator = "\n\n";

    /// <summary>Whether <paramref name="message"/> is a text alone (no quick replies, attachment, template or metadata).</summary>
    public static bool IsPlainText(JObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Count == 1 && message["text"] is JValue { Type: JTokenType.String };
    }

    /// <summary>
    /// <paramref name="held"/> (a plain text) followed by <paramref name="next"/> as one message, or null when they cannot
    /// be merged: <paramref name="next"/> is not a text (with at most quick replies), or the merged text does not
    /// satisfy <paramref name="fits"/> (the platform's limit).
    /// </summary>
    public static JObject? TryMerge(JObject held, JObject next, Func<string, bool> fits)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(fits);
        if (!IsPlainText(held) || next["text"] is not JValue { Type: JTokenType.String } nextText
            || next.Properties().Any(p => p.Name is not ("text" or "quick_replies")))
        {
            return null;
        }

        var text = (string)held["text"]! + Separator + (string)nextText!;
        if (!fits(text))
        {
            return null;
        }

        var merged = (JObject)next.DeepClone();
        merged["text"] = text;
        return merged;
    }
}
