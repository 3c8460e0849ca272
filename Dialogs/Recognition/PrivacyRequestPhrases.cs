namespace Majordome.Dialogs.Recognition;

/// <summary>The words of <see cref="PrivacyRequestRecognizer"/>, French and English, in normalized form (no accents, lowercase).</summary>
internal static class PrivacyRequestPhrases
{
    /// <summary>Beginnings of the verbs that ask for deletion ("supprimez", "effacer", "delete", "erase"…).</summary>
    internal static readonly string[] EraseVerbStems = ["supprim", "suppress", "effac", "detrui", "retir", "delet", "eras", "remov", "wipe", "purg"];

    /// <summary>Nouns that name the data itself: enough with a word that points at the customer.</summary>
    internal static readonly IReadOnlySet<string> DataNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "donnees", "donnee", "data", "rgpd", "gdpr",
    };

    /// <summary>Nouns that are the customer's data only when said as theirs ("mes infos", "personal details"), not "the details of my order".</summary>
    internal static readonly IReadOnlySet<string> WeakDataNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "informations", "information", "infos", "info", "details", "coordonnees",
    };

    /// <summary>An account, which Majordome does not have but a customer asking to delete it means their data.</summary>
    internal static readonly IReadOnlySet<string> AccountNouns = new HashSet<string>(StringComparer.Ordinal) { "compte", "account", "profil", "profile" };

    /// <summary>Words that point at the customer.</summary>
    internal static readonly IReadOnlySet<string> Self = new HashSet<string>(StringComparer.Ordinal)
    {
        "mes", "ma", "mon", "moi", "me", "m", "my", "mine", "myself", "personnelles", "personnelle", "personal",
    };

    /// <summary>Words that make a weak noun the customer's: right before it.</summary>
    internal static readonly IReadOnlySet<string> Possessives = new HashSet<string>(StringComparer.Ordinal) { "mes", "my", "personal" };

    /// <summary>Words that make a weak noun the customer's: right after it ("infos personnelles", "infos sur moi", "details about me").</summary>
    internal static readonly string[][] AboutMe = [["personnelles"], ["personnelle"], ["sur", "moi"], ["me", "concernant"], ["about", "me"], ["on", "me"], ["concerning", "me"]];

    /// <summary>Words that ask to see, know or receive.</summary>
    internal static readonly IReadOnlySet<string> SeeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "quelles", "quelle", "quels", "quel", "quoi", "voir", "montrez", "montre", "montrer", "acceder", "acces", "consulter", "copie",
        "exporter", "export", "recuperer", "recevoir", "obtenir", "connaitre", "savez", "avez", "gardez", "conservez", "stockez", "liste",
        "what", "which", "see", "show", "access", "copy", "get", "know", "have", "keep", "store", "hold", "list", "view", "request",
    };

    /// <summary>Whole phrases that ask to be forgotten.</summary>
    internal static readonly string[][] ForgetMe =
    [
        ["oubliez", "moi"], ["oublie", "moi"], ["oublier", "moi"], ["droit", "a", "l", "oubli"], ["forget", "me"], ["forget", "about", "me"],
        ["right", "to", "be", "forgotten"],
    ];

    /// <summary>Whole phrases that ask what is known ("que savez-vous sur moi", "what do you know about me").</summary>
    internal static readonly string[][] WhatAboutMe =
    [
        ["savez", "vous", "sur", "moi"], ["savez", "sur", "moi"], ["avez", "vous", "sur", "moi"], ["gardez", "vous", "sur", "moi"],
        ["know", "about", "me"], ["have", "on", "me"], ["have", "about", "me"], ["keep", "about", "me"], ["store", "about", "me"],
    ];
}
