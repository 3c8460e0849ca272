using Majordome.Bot.Adapters;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Majordome.Tests.Bot.Adapters;

/// <summary>The error handler when the storage itself is what failed.</summary>
public sealed class TurnErrorHandlerTests
{
    [Fact]
    public async Task StateThatCannotBeCleared_OnAFullDisk_StillApologises()
    {
        // On a full disk even removing the conversation's state fails: the apology must not depend on it.
        var full = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.DeleteAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ThrowsAsync(full);
        var handler = TurnErrorHandler.Create("test", new ConversationStateStore(storage.Object), Localizer.Default, NullLogger.Instance);
        var adapter = new TestAdapter();
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "test", Locale = "en-US", Text = "yes",
            Conversation = new ConversationAccount(id: "c1"), From = new ChannelAccount("u1"), Recipient = new ChannelAccount("bot"),
        };
        using var turn = new TurnContext(adapter, activity);

        await handler(turn, full);

        storage.Verify(s => s.DeleteAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()), Times.Once);
        var reply = Assert.IsAssignableFrom<IMessageActivity>(adapter.GetNextReply());
        Assert.StartsWith("Sorry, something went wrong on my side.", reply.Text, StringComparison.Ordinal);
    }
}
