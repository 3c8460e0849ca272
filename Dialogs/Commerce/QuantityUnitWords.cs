namespace Majordome.Dialogs.Commerce;

/// <summary>
/// The words customers count capsules and sleeves with, in normalized form (lower case, no accents). Both languages
/// are always accepted: customers mix them ("3 sleeves" in a French conversation).
/// </summary>
internal static class QuantityUnitWords
{
    /// <summary>Single capsules: "30 capsules", "30 dosettes", "30 pods".</summary>
    internal static readonly HashSet<string> Capsule = new(StringComparer.Ordinal)
    {
        "capsule", "capsules", "caps", "dosette", "dosettes", "pod", "pods",
    };

    /// <summary>The selling unit of capsules: "3 étuis", "3 boîtes", "3 sleeves", "3 boxes".</summary>
    internal static readonly HashSet<string> Sleeve = new(StringComparer.Ordinal)
    {
        "etui", "etuis", "boite", "boites", "paquet", "paquets", "tube", "tubes",
        "sleeve", "sleeves", "box", "boxes", "pack", "packs", "packet", "packets",
    };

    /// <summary>Articles meaning "one" before a unit word: "a sleeve", "une boîte" (the French ones the number model reads already).</summary>
    internal static readonly HashSet<string> One = new(StringComparer.Ordinal) { "a", "an", "one", "un", "une" };
}
