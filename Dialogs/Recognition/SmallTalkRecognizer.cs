using static Majordome.Dialogs.Recognition.SmallTalkPhrases;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Recognizes small talk ("ok merci", "thanks", "bye", "you're a bot?"), in French and English, only when the
/// whole message is made of small-talk phrases: a message with anything else in it ("merci, et pour la livraison ?")
/// is not small talk and goes on to be understood. Pure and thread-safe.
/// </summary>
public static class SmallTalkRecognizer
{
    /// <summary>
    /// Reads <paramref name="text"/> as small talk. Case, accents and punctuation do not matter, and a greeting
    /// word at the start is allowed ("hello again", "salut, ça va ?"). When the message mixes kinds, the one that
    /// says the most wins: a goodbye over thanks ("merci, au revoir"), thanks over an acknowledgement ("ok merci").
    /// </summary>
    /// <param name="text">The customer's message.</param>
    /// <returns>The kind of small talk, or null when the message is not only small talk.</returns>
    public static SmallTalkKind? Recognize(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var start = tokens.Length > 1 && Greetings.Contains(tokens[0]) ? 1 : 0;
        if (start >= tokens.Length)
        {
            return null;
        }

        SmallTalkKind? found = null;
        for (var i = start; i < tokens.Length;)
        {
            var (kind, length) = LongestPhraseAt(tokens, i);
            if (kind is not { } k)
            {
                return null;
            }

            found = found is { } f && Rank(f) >= Rank(k) ? f : k;
            i += length;
        }

        return found;
    }

    // Words that may open small talk without changing it.
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal) { "bonjour", "salut", "hello", "hi", "hey", "coucou", "re" };

    private static int Rank(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Goodbye => 4,
        SmallTalkKind.AreYouABot => 3,
        SmallTalkKind.HowAreYou => 2,
        SmallTalkKind.Thanks => 1,
        _ => 0,
    };

    private static (SmallTalkKind? Kind, int Length) LongestPhraseAt(string[] tokens, int start) =>
        PhraseTable.LongestAt(tokens, start, Phrases, MaxPhraseLength);
}
