using Majordome.Bot.Messenger;

namespace Majordome.Bot.Team.Console;

/// <summary>How the console names channels, languages and reasons.</summary>
public static class TeamLabels
{
    /// <summary>The channel's name as a team knows it.</summary>
    public static string Channel(string channelId) => channelId switch
    {
        DirectLine.DirectLineAdapter.ChannelId => "Web Chat",
        MessengerChannels.Facebook => "Messenger",
        MessengerChannels.Instagram => "Instagram",
        "whatsapp" => "WhatsApp",
        _ => channelId,
    };

    /// <summary>The language's name.</summary>
    public static string Language(string language) => language switch
    {
        "fr" => "French",
        "en" => "English",
        _ => language,
    };

    /// <summary>Why the customer is in the queue.</summary>
    public static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "Asked for a person" : reason;
}
