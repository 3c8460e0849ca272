namespace Majordome.Dialogs.Channels;

/// <summary>
/// What a channel can show a customer, as the dialogs need to know it to choose between buttons, a list, cards or
/// text. The host's channel registry (Bot/Channels) holds one per channel; the dialogs never match channel ids.
/// </summary>
/// <param name="Id">The channel id of its activities ("facebook", "whatsapp"…).</param>
/// <param name="AnalyticsName">The channel's name in the analytics counters.</param>
public sealed record ChannelCapabilities(string Id, string AnalyticsName)
{
    /// <summary>What a channel nobody registered can show: text only, titles cut at 20 characters.</summary>
    public static ChannelCapabilities Unknown { get; } = new("unknown", "other");

    /// <summary>How many suggested actions (quick replies, reply buttons, list rows) one message shows; 0 when none.</summary>
    public int MaxSuggestedActions { get; init; }

    /// <summary>Suggested actions show only in a one-to-one chat (Teams' <c>personal</c> conversations).</summary>
    public bool SuggestedActionsInPersonalChatOnly { get; init; }

    /// <summary>How many buttons a card shows; 0 when the channel shows no card buttons.</summary>
    public int MaxCardActions { get; init; }

    /// <summary>
    /// The longest button title the channel shows whole, or null when it has no practical limit (Web Chat, Direct
    /// Line and the Emulator wrap long titles).
    /// </summary>
    public int? MaxActionTitleLength { get; init; } = 20;

    /// <summary>
    /// Majordome's own renderer shortens a long title with "…" while the button's payload keeps the full value
    /// (Messenger and Instagram quick replies): a click still answers exactly, so a long title need not turn the
    /// buttons into a text list. A channel that rejects long titles (WhatsApp) does not.
    /// </summary>
    public bool ShortensLongTitles { get; init; }

    /// <summary>
    /// A customer sees Majordome's Adaptive Cards: the channel shows them, or Majordome's adapter draws them natively
    /// from the card's data. There the card alone is the message; elsewhere the message also carries its text.
    /// </summary>
    public bool ShowsCards { get; init; }

    /// <summary>Several cards show side by side (a carousel) rather than one after the other.</summary>
    public bool ShowsCarousels { get; init; }

    /// <summary>The longest text one message carries, or null when unlimited (longer texts are split by the adapter).</summary>
    public int? MaxTextLength { get; init; }

    /// <summary>How many rows an interactive list shows (WhatsApp: 10); 0 when the channel has no lists.</summary>
    public int MaxListRows { get; init; }

    /// <summary>The longest list row title, when the channel has lists.</summary>
    public int? MaxListRowTitleLength { get; init; }

    /// <summary>A file (the booking's <c>.ics</c>) can be sent as an attachment rather than a link.</summary>
    public bool SendsFiles { get; init; }

    /// <summary>Whether <paramref name="count"/> suggested actions show in a conversation of <paramref name="conversationType"/>.</summary>
    public bool ShowsSuggestedActions(int count, string? conversationType = null) =>
        MaxSuggestedActions > 0 && count <= MaxSuggestedActions && (!SuggestedActionsInPersonalChatOnly || conversationType == "personal");

    /// <summary>Whether a card with <paramref name="count"/> buttons shows them all.</summary>
    public bool ShowsCardActions(int count) => MaxCardActions > 0 && count <= MaxCardActions;
}
