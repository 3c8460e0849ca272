namespace Majordome.Dialogs.Content;

/// <summary>The cup a capsule is meant for, from the shortest to the longest.</summary>
public enum CupSize
{
    /// <summary>About 25 ml.</summary>
    Ristretto,

    /// <summary>About 40 ml.</summary>
    Espresso,

    /// <summary>About 110 ml.</summary>
    Lungo,

    /// <summary>About 230 ml, for milky recipes.</summary>
    Mug,
}
