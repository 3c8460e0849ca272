using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;

namespace Majordome.Tests.Bot.Storage;

/// <summary>Bot Framework's ConversationState on each storage, as the bot uses it every turn.</summary>
public abstract partial class StorageContractTests
{
    private const string DraftProperty = "draft";

    [Fact]
    public async Task ConversationState_SavedProperty_ReloadsInNextTurn()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationState(storage), new BookingDraft { Name = "Zoé", Guests = 4 });

        var draft = await LoadDraftAsync(new ConversationState(Reopen(storage)));

        Assert.Equal(("Zoé", 4), (draft.Name, draft.Guests));
    }

    [Fact]
    public async Task ConversationState_SecondSaveInSameTurn_DoesNotConflictWithFirst()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationState(storage), new BookingDraft { Guests = 1 });
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<BookingDraft>(DraftProperty);
        using var turn = TurnContexts.ForConversation("c1");

        await accessor.SetAsync(turn, new BookingDraft { Guests = 2 });
        await state.SaveChangesAsync(turn);
        await accessor.SetAsync(turn, new BookingDraft { Guests = 3 });
        await state.SaveChangesAsync(turn);

        Assert.Equal(3, (await LoadDraftAsync(new ConversationState(Reopen(storage)))).Guests);
    }

    [Fact]
    public async Task ConversationState_TwoTurnsSavingSameVersion_SecondThrowsConflict()
    {
        var storage = CreateStorage();
        await SaveDraftAsync(new ConversationState(storage), new BookingDraft { Guests = 1 });
        var (first, second) = (new ConversationState(storage), new ConversationState(storage));
        using var firstTurn = TurnContexts.ForConversation("c1");
        using var secondTurn = TurnContexts.ForConversation("c1");
        await first.LoadAsync(firstTurn);
        await second.LoadAsync(secondTurn);

        await first.CreateProperty<BookingDraft>(DraftProperty).SetAsync(firstTurn, new BookingDraft { Guests = 2 });
        await first.SaveChangesAsync(firstTurn);
        await second.CreateProperty<BookingDraft>(DraftProperty).SetAsync(secondTurn, new BookingDraft { Guests = 3 });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => second.SaveChangesAsync(secondTurn));
        Assert.Equal(2, (await LoadDraftAsync(new ConversationState(storage))).Guests);
    }

    private static async Task SaveDraftAsync(ConversationState state, BookingDraft draft)
    {
        using var turn = TurnContexts.ForConversation("c1");
        await state.CreateProperty<BookingDraft>(DraftProperty).SetAsync(turn, draft);
        await state.SaveChangesAsync(turn);
    }

    private static async Task<BookingDraft> LoadDraftAsync(ConversationState state)
    {
        using var turn = TurnContexts.ForConversation("c1");
        return await state.CreateProperty<BookingDraft>(DraftProperty).GetAsync(turn, () => new BookingDraft());
    }
}
