using Majordome.Bot.Storage;
using Majordome.Dialogs.Commerce;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Majordome.Dialogs.State;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class CartAccessorTests
{
    [Fact]
    public async Task GetAsync_FirstContact_ReturnsEmptyCart()
    {
        var cart = await ReadCartAsync(new JsonMemoryStorage(), "conversation-1");

        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public async Task SetAsync_ThenNewConversationAfterRestart_CartIsStillThere()
    {
        var storage = new JsonMemoryStorage();
        await InTurnAsync(storage, "conversation-1", async (accessor, turn) =>
        {
            var cart = await accessor.GetAsync(turn);
            cart.Add("CAP-ARPEGGIO", 3);
            cart.Add("MAC-PICCOLA", 1);
            await accessor.SetAsync(turn, cart);
        });

        // New UserState and accessor (a restarted bot), another conversation of the same user.
        var again = await ReadCartAsync(storage, "conversation-2");

        Assert.Equal([("CAP-ARPEGGIO", 3), ("MAC-PICCOLA", 1)], again.Lines.Select(l => (l.Sku, l.Quantity)));
    }

    [Fact]
    public async Task SetAsync_Saved_StoredUnderPropertyCartAsPlainJson()
    {
        var storage = new JsonMemoryStorage();
        await InTurnAsync(storage, "conversation-1", async (accessor, turn) =>
        {
            var cart = await accessor.GetAsync(turn);
            cart.Add("CAP-ARPEGGIO", 3);
            await accessor.SetAsync(turn, cart);
        });

        var stored = await storage.ReadAsync(["test/users/user-1"]);
        var json = stored["test/users/user-1"].ToString()!;
        Assert.Contains("\"Cart\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    private static async Task<Cart> ReadCartAsync(IStorage storage, string conversationId)
    {
        Cart? read = null;
        await InTurnAsync(storage, conversationId, async (accessor, turn) => read = await accessor.GetAsync(turn));
        return read!;
    }

    private static async Task InTurnAsync(IStorage storage, string conversationId, Func<CartAccessor, ITurnContext, Task> turn)
    {
        var userState = new UserStateStore(storage);
        var accessor = new CartAccessor(userState);
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot"),
            Conversation = new ConversationAccount(id: conversationId),
            Text = "hi",
        };
        using var context = new TurnContext(new Majordome.Bot.Adapters.InMemoryTurnAdapter(), activity);
        await turn(accessor, context);
        await userState.SaveChangesAsync(context);
    }
}
