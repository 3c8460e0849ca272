using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Where the marketer's content lives, bound from the "Brand" section of appsettings.json. Only the host reads
/// this key, so it stays out of <see cref="Majordome.Dialogs.BrandOptions"/>, which the conversations read.
/// </summary>
public sealed class BrandContentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Brand";

    /// <summary>The folder holding brand.yaml, catalog.yaml, boutiques.yaml and faq.yaml, relative to the working directory.</summary>
    [Required(ErrorMessage = "Brand:ContentDirectory is required: the folder holding brand.yaml, catalog.yaml, boutiques.yaml and faq.yaml.")]
    public string ContentDirectory { get; set; } = "brand";
}
