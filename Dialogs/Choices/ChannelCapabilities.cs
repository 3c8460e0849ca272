namespace Majordome.Dialogs.Choices;

/// <summary>
/// What each channel can show, used to render choices. Starts from Bot Framework's table and follows the
/// platforms' current documents where they changed (Messenger and Instagram take 13 quick replies, not 10).
/// </summary>
public static class ChannelCapabilities
{
    /// <summary>Buttons longer than this are cut by most channels, so longer titles switch to a text list.</summary>
    public const int MaxActionTitleLength = 20;

    /// <summary>True when the channel shows <paramref name="buttonCount"/> suggested actions (quick replies).</summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100, string? conversationType = null) =>
        channelId?.ToLowerInvariant() switch
        {
            "facebook" or "instagram" => buttonCount <= 13,
            "whatsapp" => buttonCount <= 3,
            "line" => buttonCount <= 13,
            "kik" => buttonCount <= 20,
            "telegram" or "emulator" or "directline" or "directlinespeech" or "webchat" => buttonCount <= 100,
            "msteams" => conversationType == "personal" && buttonCount <= 3,
            _ => false,
        };

    /// <summary>True when the channel shows <paramref name="buttonCount"/> buttons on a card.</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) =>
        channelId?.ToLowerInvariant() switch
        {
            "facebook" or "instagram" or "skype" or "whatsapp" => buttonCount <= 3,
            "msteams" => buttonCount <= 50,
            "line" => buttonCount <= 99,
            "slack" or "telegram" or "emulator" or "directline" or "directlinespeech" or "webchat" => buttonCount <= 100,
            _ => false,
        };
}
