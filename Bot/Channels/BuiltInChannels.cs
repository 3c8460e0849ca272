using Majordome.Dialogs.Channels;

namespace Majordome.Bot.Channels;

/// <summary>
/// The channels Majordome knows. Starts from Bot Framework's table and follows the platforms' current documents where
/// they changed (Messenger and Instagram take 13 quick replies, not 10; MESSENGER.md §4, §5.5; WhatsApp §7).
/// </summary>
public static class BuiltInChannels
{
    // Web Chat, Direct Line and the Emulator wrap long titles and show cards, carousels and files themselves.
    private static ChannelCapabilities Web(string id) => new(id, id)
    {
        MaxSuggestedActions = 100, MaxCardActions = 100, MaxActionTitleLength = null, ShowsCards = true, ShowsCarousels = true, SendsFiles = true,
    };

    /// <summary>Every built-in channel.</summary>
    public static IReadOnlyList<ChannelCapabilities> All { get; } =
    [
        Web(ChannelIds.WebChat),
        Web(ChannelIds.DirectLine),
        Web(ChannelIds.Emulator),
        Web(ChannelIds.DirectLineSpeech) with { AnalyticsName = "other" },
        new(ChannelIds.Teams, ChannelIds.Teams)
        {
            MaxSuggestedActions = 3, SuggestedActionsInPersonalChatOnly = true, MaxCardActions = 50, ShowsCards = true, ShowsCarousels = true, SendsFiles = true,
        },

        // Majordome's Messenger renderer draws the cards as generic, receipt and button templates and shortens long
        // quick-reply titles, the payload keeping the full value (Bot/Messenger/Rendering).
        Meta(ChannelIds.Facebook),
        Meta(ChannelIds.Instagram),

        // Reply buttons up to 3 with 20-character titles, else an interactive list up to 10 rows of 24 characters
        // (the WhatsApp renderer chooses); Meta refuses longer titles, so a choice with one becomes text. Cards are
        // sent as their text, a product's picture and a link button.
        new(ChannelIds.WhatsApp, ChannelIds.WhatsApp)
        {
            MaxSuggestedActions = 10, MaxCardActions = 3, MaxActionTitleLength = 24, ShortensLongTitles = false, MaxTextLength = 4096,
            MaxListRows = 10, MaxListRowTitleLength = 24, SendsFiles = true,
        },

        new("telegram", "telegram") { MaxSuggestedActions = 100, MaxCardActions = 100 },
        new("line", "other") { MaxSuggestedActions = 13, MaxCardActions = 99 },
        new("kik", "other") { MaxSuggestedActions = 20 },
        new("slack", "slack") { MaxCardActions = 100 },
        new("skype", "other") { MaxCardActions = 3 },
        new(ChannelIds.Test, ChannelIds.Test),
        new("sms", "sms"),
        new("email", "email"),
    ];

    private static ChannelCapabilities Meta(string id) => new(id, id)
    {
        MaxSuggestedActions = 13, MaxCardActions = 3, ShortensLongTitles = true, ShowsCards = true, ShowsCarousels = true,
        MaxTextLength = 2000, SendsFiles = id == ChannelIds.Facebook,
    };
}
