using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// What happens when a customer asks for a person, from any step. The host decides: today it records the request
/// for the team; a channel with a human inbox (Messenger's Page Inbox) passes the conversation over.
/// </summary>
public interface IHumanHandoff
{
    /// <summary>Hands over (or records the request); <paramref name="reason"/> is the customer's last question, if any.</summary>
    Task RequestAsync(ITurnContext turnContext, string? reason, CancellationToken cancellationToken = default);
}
