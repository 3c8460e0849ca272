using Microsoft.Bot.Schema;

namespace Majordome.Bot.Team;

/// <summary>
/// A channel the team can answer from the console: it delivers an agent's words to the customer in real time and
/// runs the bot's hand-back turn. One implementation per channel; the console never touches a channel's storage.
/// </summary>
public interface ITeamConversationChannel
{
    /// <summary>The channel id it serves ("directline").</summary>
    string ChannelId { get; }

    /// <summary>Sends <paramref name="text"/>, written or caused by a team member, to the customer of <paramref name="reference"/>, under the channel's messaging-window rules.</summary>
    Task<TeamDelivery> SendAsync(ConversationReference reference, string text, CancellationToken cancellationToken = default);

    /// <summary>Runs a bot turn for <paramref name="handBack"/> (an event activity of the conversation), so the bot takes over again and offers its menu.</summary>
    Task<bool> RunBotTurnAsync(ConversationReference reference, Activity handBack, CancellationToken cancellationToken = default);
}
