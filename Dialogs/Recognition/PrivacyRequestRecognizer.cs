using static Majordome.Dialogs.Recognition.PrivacyRequestPhrases;

namespace Majordome.Dialogs.Recognition;

/// <summary>
/// Recognizes a customer's request about their own data, in French and English: to see what is kept ("quelles
/// données avez-vous sur moi", "what data do you have about me", "que savez-vous sur moi") or to have it deleted
/// ("supprimez mes données", "delete my data", "oubliez-moi", "delete my account"). Rules rather than the learned
/// classifier: a legal request must be heard every time, and must not be read into "quelles infos sur ma commande"
/// or "supprimer un article de mon panier". Pure and thread-safe.
/// </summary>
public static class PrivacyRequestRecognizer
{
    /// <summary>The request <paramref name="text"/> makes, or null when it makes none.</summary>
    public static PrivacyRequestKind? Recognize(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Length == 0 || tokens.Length > 30)
        {
            // A long message is about something else, whatever it mentions on the way.
            return null;
        }

        if (ForgetMe.Any(phrase => Contains(tokens, phrase)))
        {
            return PrivacyRequestKind.EraseMyData;
        }

        var aboutData = tokens.Any(DataNouns.Contains) && tokens.Any(Self.Contains) || HasOwnWeakNoun(tokens);
        var erase = tokens.Any(t => EraseVerbStems.Any(stem => t.StartsWith(stem, StringComparison.Ordinal)));
        if (erase && (aboutData || HasOwnAccount(tokens)))
        {
            return PrivacyRequestKind.EraseMyData;
        }

        if (!erase && ((aboutData && tokens.Any(SeeWords.Contains)) || WhatAboutMe.Any(phrase => Contains(tokens, phrase))))
        {
            return PrivacyRequestKind.SeeMyData;
        }

        // "Mes données personnelles ?", "my personal data": the data named as theirs, nothing asked of it but to know.
        return !erase && tokens.Any(DataNouns.Contains) && tokens.Any(t => t is "personnelles" or "personal") ? PrivacyRequestKind.SeeMyData : null;
    }

    /// <summary>"mes infos", "my personal details", "les informations me concernant".</summary>
    private static bool HasOwnWeakNoun(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!WeakDataNouns.Contains(tokens[i]))
            {
                continue;
            }

            if ((i > 0 && Possessives.Contains(tokens[i - 1])) || AboutMe.Any(after => StartsAt(tokens, i + 1, after)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"mon compte", "my account", "my profile".</summary>
    private static bool HasOwnAccount(string[] tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (AccountNouns.Contains(tokens[i]) && tokens[i - 1] is "mon" or "my" or "le" or "the")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            if (StartsAt(tokens, i, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsAt(string[] tokens, int start, string[] phrase) =>
        start + phrase.Length <= tokens.Length && tokens.AsSpan(start, phrase.Length).SequenceEqual(phrase);
}
