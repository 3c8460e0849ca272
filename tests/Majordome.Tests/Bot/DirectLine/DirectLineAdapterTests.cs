using Majordome.Bot.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Majordome.Dialogs.State;

namespace Majordome.Tests.Bot.DirectLine;

public sealed class DirectLineAdapterTests
{
    [Fact]
    public async Task TypingAndSuggestedActions_ReachTheConversation_DelaysAndTracesDoNot()
    {
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions()), TimeProvider.System);
        store.Start("dl-typing");
        var adapter = new DirectLineAdapter(store, TimeProvider.System, new ConversationStateStore(new MemoryStorage()), NullLogger<DirectLineAdapter>.Instance);
        var incoming = new Activity(ActivityTypes.Message, id: "dl-typing|0000000", text: "bonjour")
        {
            Conversation = new ConversationAccount(id: "dl-typing"),
            From = new ChannelAccount("dl_user", role: RoleTypes.User),
            ChannelId = DirectLineAdapter.ChannelId,
        };
        var reply = MessageFactory.SuggestedActions(new[] { "Oui", "Non" }, "D'accord ?", null, null);

        await adapter.ProcessActivityAsync(incoming, new ActivityHandlerStub(async (context, ct) =>
        {
            await context.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
            await context.SendActivityAsync(new Activity(ActivityTypes.Delay) { Value = 500 }, ct);
            await context.SendActivityAsync(new Activity(ActivityTypes.Trace, name: "debug"), ct);
            await context.SendActivityAsync(reply, ct);
        }), CancellationToken.None);

        var (activities, _) = store.GetAfter("dl-typing", null)!.Value;
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], activities.Select(a => a.Type));
        Assert.Equal(["Oui", "Non"], activities[1].SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(activities, a => Assert.Equal("dl-typing|0000000", a.ReplyToId));
        Assert.All(activities, a => Assert.Equal("dl_user", a.Recipient.Id));
    }

    [Fact]
    public async Task Replies_CarryTheTurnsLanguage_NotTheStaleLocaleOfTheMessage()
    {
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions()), TimeProvider.System);
        store.Start("dl-language");
        var adapter = new DirectLineAdapter(store, TimeProvider.System, new ConversationStateStore(new MemoryStorage()), NullLogger<DirectLineAdapter>.Instance);
        var incoming = new Activity(ActivityTypes.Message, id: "dl-language|0000000", text: "English please")
        {
            Conversation = new ConversationAccount(id: "dl-language"),
            From = new ChannelAccount("dl_user", role: RoleTypes.User),
            ChannelId = DirectLineAdapter.ChannelId,
            Locale = "fr-FR",
        };

        await adapter.ProcessActivityAsync(incoming, new ActivityHandlerStub(async (context, ct) =>
        {
            await context.SendActivityAsync("D'accord.", cancellationToken: ct);
            Majordome.Dialogs.Localization.TurnLanguage.SetLanguage(context, "en");
            await context.SendActivityAsync("Sure, let's continue in English.", cancellationToken: ct);
        }), CancellationToken.None);

        var (activities, _) = store.GetAfter("dl-language", null)!.Value;
        Assert.Equal(["fr-FR", "en-US"], activities.Select(a => a.Locale));
    }

    [Fact]
    public async Task Replies_SentInTheSameMillisecond_GetStrictlyIncreasingMillisecondTimestamps_AfterTheMessage()
    {
        // Web Chat orders by the timestamp read to the millisecond: tied replies were shown out of order in the
        // browser test ("Puis-je vous aider ?" above "C'est réservé !", its menu hidden). A stopped clock ties them all.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 17, 5, 1, 123, TimeSpan.Zero).AddTicks(4567));
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions()), clock);
        store.Start("dl-order");
        var adapter = new DirectLineAdapter(store, clock, new ConversationStateStore(new MemoryStorage()), NullLogger<DirectLineAdapter>.Instance);
        var incoming = new Activity(ActivityTypes.Message, id: "dl-order|0000000", text: "Oui")
        {
            Conversation = new ConversationAccount(id: "dl-order"),
            From = new ChannelAccount("dl_user", role: RoleTypes.User),
            ChannelId = DirectLineAdapter.ChannelId,
            Timestamp = clock.GetUtcNow(),
        };

        await adapter.ProcessActivityAsync(incoming, new ActivityHandlerStub(async (context, ct) =>
        {
            await context.SendActivitiesAsync([MessageFactory.Text("carte"), MessageFactory.Text("C'est réservé !")], ct);
            await context.SendActivityAsync("Puis-je vous aider pour autre chose ?", cancellationToken: ct);
        }), CancellationToken.None);

        var (activities, _) = store.GetAfter("dl-order", null)!.Value;
        var stamps = activities.Select(a => a.Timestamp!.Value).ToList();
        Assert.Equal(["carte", "C'est réservé !", "Puis-je vous aider pour autre chose ?"], activities.Select(a => a.Text));
        Assert.All(stamps, t => Assert.Equal(0, t.Ticks % TimeSpan.TicksPerMillisecond));
        Assert.Equal(
            [new DateTimeOffset(2026, 12, 6, 17, 5, 1, 124, TimeSpan.Zero), new DateTimeOffset(2026, 12, 6, 17, 5, 1, 125, TimeSpan.Zero), new DateTimeOffset(2026, 12, 6, 17, 5, 1, 126, TimeSpan.Zero)],
            stamps);
    }

    private sealed class ActivityHandlerStub(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
    }
}
