namespace Majordome.Cards.Menu;

/// <summary>What the welcome menu card shows.</summary>
/// <param name="BrandName">The brand the assistant speaks for, for example "Maison Tasse".</param>
public sealed record MenuCardData(string BrandName)
{
    /// <summary>An absolute http(s) URL of the brand's banner or logo; none shown when null.</summary>
    public string? ImageUrl { get; init; }
}
