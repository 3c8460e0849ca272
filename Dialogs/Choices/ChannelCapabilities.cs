namespace Majordome.Dialogs.Choices;

/// <summary>
/// What each channel can show, used to render choices. Starts from Bot Framework's table and follows the
/// platforms' current documents where they changed (Messenger and Instagram take 13 quick replies, not 10).
/// </summary>
public static class ChannelCapabilities
{
    /// <summary>
    /// The longest button title the channel shows whole, or null when it has no practical limit (Web Chat, Direct
    /// Line and the Emulator wrap long titles). Meta's platforms cut at 20 characters (MESSENGER.md §4, §5.5); the
    /// channels Majordome does not render itself keep Bot Framework's cautious 20 as well.
    /// </summary>
    public static int? MaxActionTitleLength(string? channelId) =>
        channelId?.ToLowerInvariant() switch
        {
            "emulator" or "directline" or "directlinespeech" or "webchat" => null,
            _ => 20,
        };

    /// <summary>
    /// True when Majordome's own renderer shortens a long title with "…" while the button's payload keeps the full
    /// value (Messenger and Instagram quick replies, Bot/Messenger/Rendering): a click still answers exactly, so a
    /// long title need not turn the buttons into a text list. WhatsApp rejects long titles, so it does not.
    /// </summary>
    public static bool ShortensLongTitles(string? channelId) =>
        channelId?.ToLowerInvariant() is "facebook" or "instagram";

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

    /// <summary>
    /// True when a customer on the channel sees Majordome's Adaptive Cards: the channel shows them (Web Chat, Direct
    /// Line, the Emulator, Teams), or Majordome's adapter draws them natively from the card's data and its own
    /// <c>fallbackText</c> (Messenger, Instagram: Bot/Messenger/Rendering). There the card alone is the message; any
    /// other channel also needs the card's text in the message's text.
    /// </summary>
    public static bool ShowsCards(string? channelId) =>
        channelId?.ToLowerInvariant() is "emulator" or "directline" or "directlinespeech" or "webchat" or "msteams" or "facebook" or "instagram";

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
