using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Analytics;

/// <summary>
/// The analytics of the turn, set once by the <see cref="DialogManager"/> so that any dialog, prompt or service of
/// the turn can count without being handed it.
/// </summary>
public static class TurnAnalytics
{
    private const string Key = "Majordome.Analytics";

    /// <summary>Makes <paramref name="analytics"/> the turn's analytics.</summary>
    public static void SetAnalytics(this ITurnContext turnContext, IConversationAnalytics analytics) =>
        TurnItems.Set(turnContext, Key, analytics);

    /// <summary>The turn's analytics; one that counts nothing when none was set (tests, tools).</summary>
    public static IConversationAnalytics GetAnalytics(this ITurnContext turnContext) =>
        TurnItems.Get<IConversationAnalytics>(turnContext, Key) ?? NoAnalytics.Instance;

    /// <summary>Counts <paramref name="eventName"/> on the turn's analytics.</summary>
    public static void Track(this ITurnContext turnContext, string eventName, string? name = null) =>
        turnContext.GetAnalytics().Track(turnContext, eventName, name);

    private sealed class NoAnalytics : IConversationAnalytics
    {
        public static readonly NoAnalytics Instance = new();

        public void Track(ITurnContext turnContext, string eventName, string? name = null)
        {
        }
    }
}
