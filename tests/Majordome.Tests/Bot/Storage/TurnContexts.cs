using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Moq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>Turn contexts for BotState tests; BotState never calls the adapter, so a Moq double is enough.</summary>
internal static class TurnContexts
{
    internal static TurnContext ForConversation(string conversationId) => new(
        new Mock<BotAdapter>().Object,
        new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = "customer" },
            Recipient = new ChannelAccount { Id = "majordome" },
            Text = "bonjour",
        });
}
