using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>
/// The brand's own product pictures: files in <c>brand/images</c>, served by the bot under <see cref="MediaPath"/>,
/// which the catalogue names by path (<c>/media/capsules/arpeggio.jpg</c>).
/// </summary>
public static class ProductImages
{
    /// <summary>The path the pictures are served under.</summary>
    public const string MediaPath = "/media";

    /// <summary>The folder of the brand content that holds them.</summary>
    public const string FolderName = "images";

    /// <summary>
    /// The products with their picture paths made absolute on <paramref name="publicBase"/>, so every channel can
    /// fetch them (Messenger only takes absolute https addresses); unchanged when no public address is configured,
    /// then the bot's own chat page resolves the paths against its origin.
    /// </summary>
    public static IReadOnlyList<Product> Resolve(IReadOnlyList<Product> products, Uri? publicBase)
    {
        ArgumentNullException.ThrowIfNull(products);
        return publicBase is null
            ? products
            : [.. products.Select(p => p.ImageUrl.IsAbsoluteUri ? p : p with { ImageUrl = new Uri(publicBase, p.ImageUrl.OriginalString.TrimStart('/')) })];
    }
}
