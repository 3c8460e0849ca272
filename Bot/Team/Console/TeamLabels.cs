using Majordome.Bot.Messenger;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Team.Console;

/// <summary>How the console names channels, languages and reasons (channels by their brand names, the same in every language).</summary>
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

    /// <summary>The customer's language, named in the agent's (<paramref name="text"/>).</summary>
    public static string Language(TeamText text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Languages.FromLocale(language) is { } known && known.Length == language.Length ? text[$"team.language.{known}"] : language;
    }

    /// <summary>Why the customer is in the queue: the reason recorded with the request (the customer's or a flow's words), else that they asked for a person.</summary>
    public static string Reason(TeamText text, string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(reason) ? text["team.reason.person"] : reason;
    }
}
