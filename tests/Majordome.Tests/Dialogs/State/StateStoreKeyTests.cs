using Majordome.Bot.Storage;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.State;

public sealed class StateStoreKeyTests
{
    [Fact]
    public async Task Keys_are_Bot_Frameworks_own()
    {
        var storage = new JsonMemoryStorage();
        using var turn = Turn(new Activity(ActivityTypes.Message) { ChannelId = "webchat", Conversation = new ConversationAccount(id: "c-7"), From = new ChannelAccount("u-3") });
        var set = new StateStoreSet(new ConversationStateStore(storage), new UserStateStore(storage));
        await set.LoadAllAsync(turn);
        await new ConversationStateStore(storage).CreateProperty<string>("p").SetAsync(turn, "x");
        await new UserStateStore(storage).CreateProperty<string>("p").SetAsync(turn, "y");

        await set.SaveAllChangesAsync(turn);

        Assert.Equal(2, (await storage.ReadAsync(["webchat/conversations/c-7", "webchat/users/u-3"])).Count);
    }

    [Theory]
    [InlineData(null, "c", "u", "channel id")]
    [InlineData("webchat", null, "u", "conversation id")]
    public async Task A_conversation_key_without_its_parts_is_refused_by_name(string? channel, string? conversation, string? user, string missing)
    {
        using var turn = Turn(new Activity(ActivityTypes.Message) { ChannelId = channel, Conversation = conversation is null ? null : new ConversationAccount(id: conversation), From = new ChannelAccount(user) });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new ConversationStateStore(new JsonMemoryStorage()).LoadAsync(turn));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_key_without_a_sender_is_refused_by_name()
    {
        using var turn = Turn(new Activity(ActivityTypes.Message) { ChannelId = "webchat", Conversation = new ConversationAccount(id: "c") });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new UserStateStore(new JsonMemoryStorage()).LoadAsync(turn));

        Assert.Contains("sender id", error.Message, StringComparison.Ordinal);
    }

    private static TurnContext Turn(Activity activity) => new(new Majordome.Bot.Adapters.InMemoryTurnAdapter(), activity);
}
