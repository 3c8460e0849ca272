using Majordome.Bot.Storage;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Storage;

/// <summary>Majordome's state stores on each storage, as the bot uses them every turn.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task StateStore_SavedProperty_ReloadsInNextTurn_AndBotFrameworkReadsTheSameDocument()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Name = "Zoé", Guests = 4 });

        var draft = await LoadDraftAsync(new ConversationStateStore(Reopen(storage)));
        var sdkDraft = await LoadDraftAsync(new ConversationState(Reopen(storage)));

        Assert.Equal(("Zoé", 4), (draft.Name, draft.Guests));
        Assert.Equal(("Zoé", 4), (sdkDraft.Name, sdkDraft.Guests));
    }

    [Fact]
    public async Task StateStore_ReadsWhatBotFrameworkSaved()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationState(storage), new BookingDraft { Name = "Léa", Guests = 2 });

        var draft = await LoadDraftAsync(new ConversationStateStore(Reopen(storage)));

        Assert.Equal(("Léa", 2), (draft.Name, draft.Guests));
    }

    [Fact]
    public async Task StateStore_EveryReaderOfATurn_GetsTheSameObject()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Guests = 1 });
        var state = new ConversationStateStore(Reopen(storage));
        var accessor = state.CreateProperty<BookingDraft>(DraftProperty);
        using var turn = TurnContexts.ForConversation("c1");

        var first = await accessor.GetAsync(turn, () => new BookingDraft());
        first.Guests = 5;
        var second = await accessor.GetAsync(turn, () => new BookingDraft());
        await state.SaveChangesAsync(turn);

        Assert.Same(first, second);
        Assert.Equal(5, (await LoadDraftAsync(new ConversationStateStore(Reopen(storage)))).Guests);
    }

    [Fact]
    public async Task StateStore_UnchangedTurn_WritesNothing()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Name = "Zoé", Guests = 4 });
        var eTag = await StoredETagAsync(storage, ConversationKey);
        var state = new ConversationStateStore(Reopen(storage));
        using var turn = TurnContexts.ForConversation("c1");

        _ = await state.CreateProperty<BookingDraft>(DraftProperty).GetAsync(turn, () => new BookingDraft());
        await state.SaveChangesAsync(turn);

        Assert.Equal(eTag, await StoredETagAsync(storage, ConversationKey));
    }

    [Fact]
    public async Task StateStore_SecondSaveInSameTurn_DoesNotConflictWithFirst()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Guests = 1 });
        var state = new ConversationStateStore(Reopen(storage));
        var accessor = state.CreateProperty<BookingDraft>(DraftProperty);
        using var turn = TurnContexts.ForConversation("c1");

        await accessor.SetAsync(turn, new BookingDraft { Guests = 2 });
        await state.SaveChangesAsync(turn);
        await accessor.SetAsync(turn, new BookingDraft { Guests = 3 });
        await state.SaveChangesAsync(turn);

        Assert.Equal(3, (await LoadDraftAsync(new ConversationStateStore(Reopen(storage)))).Guests);
    }

    [Fact]
    public async Task StateStore_TwoTurnsSavingSameVersion_SecondThrowsConflict_AndWritesNeitherScope()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Guests = 1 });
        var (conversation, user) = (new ConversationStateStore(storage), new UserStateStore(storage));
        var (first, second) = (new StateStoreSet(conversation, user), new StateStoreSet(conversation, user));
        using var firstTurn = TurnContexts.ForConversation("c1");
        using var secondTurn = TurnContexts.ForConversation("c1");
        await first.LoadAllAsync(firstTurn);
        await second.LoadAllAsync(secondTurn);

        await conversation.CreateProperty<BookingDraft>(DraftProperty).SetAsync(firstTurn, new BookingDraft { Guests = 2 });
        await first.SaveAllChangesAsync(firstTurn);
        await conversation.CreateProperty<BookingDraft>(DraftProperty).SetAsync(secondTurn, new BookingDraft { Guests = 3 });
        await user.CreateProperty<string>("language").SetAsync(secondTurn, "en");

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => second.SaveAllChangesAsync(secondTurn));
        Assert.Equal(2, (await LoadDraftAsync(new ConversationStateStore(storage))).Guests);
        Assert.Empty(await storage.ReadAsync([UserKey]));
    }

    [Fact]
    public async Task StateStoreSet_SavesBothScopes_UnderBotFrameworksKeys()
    {
        var storage = CreateStorage();
        var (conversation, user) = (new ConversationStateStore(storage), new UserStateStore(storage));
        var set = new StateStoreSet(conversation, user);
        using var turn = TurnContexts.ForConversation("c1");

        await set.LoadAllAsync(turn);
        await conversation.CreateProperty<BookingDraft>(DraftProperty).SetAsync(turn, new BookingDraft { Guests = 6 });
        await user.CreateProperty<string>("language").SetAsync(turn, "en");
        await set.SaveAllChangesAsync(turn);

        var stored = await Reopen(storage).ReadAsync([ConversationKey, UserKey]);
        Assert.Equal(6, (int)((JObject)stored[ConversationKey])[DraftProperty]!["Guests"]!);
        Assert.Equal("en", (string?)((JObject)stored[UserKey])["language"]);
        Assert.False(string.IsNullOrEmpty((string?)((JObject)stored[UserKey])["eTag"]));
    }

    [Fact]
    public async Task StateStore_ClearedState_SavesAnEmptyDocument()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Guests = 1 });
        var state = new ConversationStateStore(Reopen(storage));
        using var turn = TurnContexts.ForConversation("c1");

        await state.LoadAsync(turn);
        await state.ClearStateAsync(turn);
        await state.SaveChangesAsync(turn);

        var document = (JObject)(await Reopen(storage).ReadAsync([ConversationKey]))[ConversationKey];
        Assert.Equal(["eTag"], document.Properties().Select(p => p.Name));
    }

    [Fact]
    public async Task StateStore_Delete_RemovesTheDocument()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationStateStore(storage), new BookingDraft { Guests = 1 });
        var state = new ConversationStateStore(Reopen(storage));
        using var turn = TurnContexts.ForConversation("c1");

        await state.DeleteAsync(turn);

        Assert.Empty(await Reopen(storage).ReadAsync([ConversationKey]));
        Assert.Equal(0, (await LoadDraftAsync(state)).Guests);
    }

    [Fact]
    public void StateStore_PropertyNamedETag_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new UserStateStore(CreateStorage()).CreateProperty<string>("eTag"));

        Assert.Contains("eTag", error.Message, StringComparison.Ordinal);
    }

    private const string ConversationKey = "test/conversations/c1";

    private const string UserKey = "test/users/customer";

    private static async Task SaveDraftAsync(StateStore state, BookingDraft draft)
    {
        using var turn = TurnContexts.ForConversation("c1");
        await state.CreateProperty<BookingDraft>(DraftProperty).SetAsync(turn, draft);
        await state.SaveChangesAsync(turn);
    }

    private static async Task<BookingDraft> LoadDraftAsync(StateStore state)
    {
        using var turn = TurnContexts.ForConversation("c1");
        return await state.CreateProperty<BookingDraft>(DraftProperty).GetAsync(turn, () => new BookingDraft());
    }

    private static async Task<string?> StoredETagAsync(IStorage storage, string key) =>
        (string?)((JObject)(await storage.ReadAsync([key]))[key])["eTag"];
}
