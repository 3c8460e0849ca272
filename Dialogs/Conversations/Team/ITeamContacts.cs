using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations.Team;

/// <summary>Where a way to reach the customer, left for the team, is kept (with the request it belongs to).</summary>
public interface ITeamContacts
{
    /// <summary>Keeps <paramref name="contact"/> with the conversation's request for a person (made if there is none yet), and tells the team.</summary>
    Task LeaveAsync(ITurnContext turnContext, TeamContact contact, CancellationToken cancellationToken = default);
}
