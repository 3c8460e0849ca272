using Majordome.Bot.Adapters;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Bot.Analytics;

/// <summary>A customer's message turn on a channel, in a language, for counting.</summary>
internal static class AnalyticsTurns
{
    public static TurnContext New(string? channelId = "webchat", string language = "fr")
    {
        var turn = new TurnContext(new InMemoryTurnAdapter(), new Activity(ActivityTypes.Message) { ChannelId = channelId, From = new ChannelAccount("user-1") });
        turn.SetLanguage(language);
        return turn;
    }
}
