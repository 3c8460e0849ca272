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

    private sealed class ActivityHandlerStub(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
    }
}
