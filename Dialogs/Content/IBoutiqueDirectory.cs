namespace Majordome.Dialogs.Content;

/// <summary>What the conversations need to know about the brand's boutiques.</summary>
public interface IBoutiqueDirectory
{
    /// <summary>Every boutique, in the order the marketer listed them.</summary>
    IReadOnlyList<Boutique> Boutiques { get; }

    /// <summary>The boutique with this id (case-insensitive), or null.</summary>
    Boutique? FindById(string id);
}
