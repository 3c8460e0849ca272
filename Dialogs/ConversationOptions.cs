using System.ComponentModel.DataAnnotations;

namespace Majordome.Dialogs;

/// <summary>How conversations start, bound from the "Conversation" section of appsettings.json.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Conversation";

    /// <summary>The language used when neither the message nor the channel's locale tells ("fr" or "en").</summary>
    [Required]
    [RegularExpression("^(fr|en)$", ErrorMessage = "Conversation:DefaultLanguage must be \"fr\" or \"en\".")]
    public string DefaultLanguage { get; set; } = "fr";

    /// <summary>The brand's time zone (IANA id), used when the channel does not send the customer's.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Paris";
}
