namespace Majordome.Dialogs.Content;

/// <summary>Everything in the brand/ folder, loaded and validated.</summary>
/// <param name="Settings">brand.yaml.</param>
/// <param name="Products">catalog.yaml, in file order.</param>
/// <param name="Boutiques">boutiques.yaml, in file order.</param>
/// <param name="Faq">faq.yaml, in file order.</param>
public sealed record BrandContent(
    BrandSettings Settings,
    IReadOnlyList<Product> Products,
    IReadOnlyList<Boutique> Boutiques,
    IReadOnlyList<FaqEntry> Faq);
