using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Analytics;

/// <summary>
/// Counts what happens in conversations (messages, new conversations, flows started, completed or cancelled,
/// intents understood, questions not understood, requests for a person) for the brand's reports. Only counts are
/// kept, by hour, channel and language: never a customer's id or words. Implementations must be cheap and must
/// never throw: a count is not worth a customer's turn.
/// </summary>
public interface IConversationAnalytics
{
    /// <summary>Counts one <paramref name="eventName"/> (see <see cref="AnalyticsEvents"/>) of the turn, with its detail <paramref name="name"/>.</summary>
    void Track(ITurnContext turnContext, string eventName, string? name = null);
}
