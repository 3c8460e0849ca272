using System.ComponentModel.DataAnnotations;

namespace Majordome.Dialogs;

/// <summary>Who the bot speaks for, bound from the "Brand" section of appsettings.json.</summary>
public sealed class BrandOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Brand";

    /// <summary>The brand's name, used in greetings.</summary>
    [Required(ErrorMessage = "Brand:Name is required: the bot introduces itself with it.")]
    public string Name { get; set; } = "Maison Tasse";
}
