using Majordome.Bot.Content.Yaml;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// The skus of the brand's catalog, which a notify-when step's product is checked against. Read from the content
/// folder the flows are in, at every load, so a product added to the catalog is known to the flows' next reload.
/// </summary>
internal static class FlowCatalogSkus
{
    /// <summary>
    /// The skus of <paramref name="contentRoot"/>/catalog.yaml, or null when there is no catalog or it has problems:
    /// those are the catalog's own to report (the bot does not start without one), not the flows'.
    /// </summary>
    public static IReadOnlySet<string>? Read(string contentRoot)
    {
        if (!File.Exists(Path.Combine(contentRoot, CatalogReader.FileName)))
        {
            return null;
        }

        try
        {
            var file = new SourceFile(CatalogReader.FileName);
            var products = YamlSource.Load(contentRoot, file) is { } root ? CatalogReader.Read(root) : null;
            return products is null || file.Problems.Count > 0
                ? null
                : products.Select(p => p.Sku).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Saved or moved while the flows load: the skus are checked at the next reload.
            return null;
        }
    }
}
