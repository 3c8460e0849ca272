namespace Majordome.Bot.WhatsApp.Rendering;

/// <summary>The WhatsApp Cloud API's limits on what the bot sends (MESSENGER.md §5.5).</summary>
public static class WhatsAppLimits
{
    /// <summary>A text message's body.</summary>
    public const int MaxText = 4096;

    /// <summary>An interactive message's body.</summary>
    public const int MaxInteractiveBody = 1024;

    /// <summary>Reply buttons per message.</summary>
    public const int MaxButtons = 3;

    /// <summary>A reply button's title, and a list's button label.</summary>
    public const int MaxButtonTitle = 20;

    /// <summary>A reply button's id.</summary>
    public const int MaxButtonId = 256;

    /// <summary>Rows of a list, all sections together.</summary>
    public const int MaxListRows = 10;

    /// <summary>A list row's title.</summary>
    public const int MaxRowTitle = 24;

    /// <summary>A list row's id.</summary>
    public const int MaxRowId = 200;

    /// <summary>A media caption.</summary>
    public const int MaxCaption = 1024;

    /// <summary>A CTA URL button's display text.</summary>
    public const int MaxCtaText = 20;
}
