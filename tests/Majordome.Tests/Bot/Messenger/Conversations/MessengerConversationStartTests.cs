using Majordome.Bot.Messenger.Profile;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Conversations;

/// <summary>
/// How a Messenger conversation starts from outside, end to end through the webhook: the first message after an ad
/// or an m.me link (<c>message.referral.ref</c>), the Page's ice breakers and persistent menu as the profile builder
/// sets them up (answered in the language of the locale the customer saw, the ice breaker's question answered).
/// </summary>
public sealed class MessengerConversationStartTests : IAsyncLifetime
{
    private MessengerChannelHost _host = null!;

    public async Task InitializeAsync() => _host = await MessengerChannelHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FirstMessageFromAnAd_WithRefBook_OpensTheBooking()
    {
        var replies = await _host.MessageAsync(new JObject
        {
            ["text"] = "Hello!",
            ["referral"] = new JObject { ["ref"] = "book", ["ad_id"] = "120213456789012345", ["source"] = "ADS", ["type"] = "OPEN_THREAD" },
        });

        // The greeting and the question go as one message, the question last with its quick replies.
        Assert.Equal("In which boutique would you like a tasting table?", MessengerChannelHost.Paragraphs(replies)[^1]);
        Assert.Contains("Lyon", MessengerChannelHost.QuickReplyTitles(replies[^1]));
    }

    [Fact]
    public async Task FirstMessageFromAnMmeLink_InFrench_WithRefBook_OpensTheBookingInFrench()
    {
        var replies = await _host.MessageAsync(new JObject
        {
            ["text"] = "Bonjour, je voudrais venir",
            ["referral"] = new JObject { ["ref"] = "book", ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
        });

        Assert.Contains("Dans quelle boutique souhaitez-vous une table de dégustation ?", MessengerChannelHost.Paragraphs(replies));
    }

    [Fact]
    public async Task IceBreaker_TappedInEnglish_AnswersItsQuestionInEnglish()
    {
        // The first ice breaker of the en_US locale asks about delivery: its answer is the delivery FAQ, in English.
        var (question, payload) = IceBreaker("en_US", 0);
        Assert.Equal("What are your delivery options?", question);

        var replies = await _host.TapAsync(question, payload);

        var texts = MessengerChannelHost.Texts(replies);
        Assert.True(texts.Any(t => t.Contains("4.90", StringComparison.Ordinal)), $"no delivery fee in the answer: {string.Join(" | ", texts)}");
    }

    [Fact]
    public async Task IceBreaker_TappedInFrench_AnswersItsQuestionInFrench()
    {
        var (question, payload) = IceBreaker("fr_FR", 0);

        var replies = await _host.TapAsync(question, payload);

        var texts = MessengerChannelHost.Texts(replies);
        Assert.True(texts.Any(t => t.Contains("4,90", StringComparison.Ordinal)), $"no delivery fee in the answer: {string.Join(" | ", texts)}");
    }

    [Fact]
    public async Task PersistentMenu_EnglishBookItem_FirstContact_AsksInEnglish()
    {
        var (title, payload) = MenuItem("en_US", 2);

        var replies = await _host.TapAsync(title, payload);

        Assert.Contains("In which boutique would you like a tasting table?", MessengerChannelHost.Texts(replies));
    }

    [Fact]
    public async Task PersistentMenu_FrenchItem_AfterAnEnglishStart_StaysWithTheLanguageTheCustomerRead()
    {
        await _host.SayAsync("hello");
        var (title, payload) = MenuItem("fr_FR", 2);

        var replies = await _host.TapAsync(title, payload);

        Assert.Contains("Dans quelle boutique souhaitez-vous une table de dégustation ?", MessengerChannelHost.Texts(replies));
    }

    [Fact]
    public async Task IceBreaker_TalkToSomeone_InEnglish_JoinsTheTeamsQueue()
    {
        var (question, payload) = IceBreaker("en_US", 3);

        var replies = await _host.TapAsync(question, payload);

        Assert.Empty(_host.Graph.CallsTo("/pass_thread_control"));
        Assert.Equal(MessengerChannelHost.Merged(Localizer.Default.Get(Languages.English, "human.requested"), "How can I help you?"), MessengerChannelHost.Texts(replies)[0]);
        Assert.Equal("en", (await OpenRequestAsync()).Language);
    }

    [Fact]
    public async Task PersistentMenu_TalkToSomeone_DuringABooking_JoinsTheTeamsQueueInEnglish_AndKeepsTheBooking()
    {
        await _host.SayAsync("hello");
        await _host.SayAsync("Book a table");
        var (title, payload) = MenuItem("en_US", 3);
        Assert.Equal("Talk to someone", title);

        var replies = await _host.TapAsync(title, payload);
        Assert.Empty(_host.Graph.CallsTo("/pass_thread_control"));
        Assert.Equal(
            MessengerChannelHost.Merged(Localizer.Default.Get(Languages.English, "human.requested"), "In which boutique would you like a tasting table?"),
            MessengerChannelHost.Texts(replies)[0]);
        Assert.Equal(("facebook", "en"), ((await OpenRequestAsync()).Channel, (await OpenRequestAsync()).Language));

        // Waiting for a person, the bot still answers: the booking's question is where the customer left it.
        Assert.Contains("For how many people?", MessengerChannelHost.Texts(await _host.SayAsync("Lyon")));
    }

    private async Task<Majordome.Bot.Team.HandoffRequest> OpenRequestAsync() =>
        (await _host.Host.Services.GetRequiredService<Majordome.Bot.Team.SqlHandoffQueue>().ListOpenAsync()).Single();

    private static JObject Profile() => MessengerProfileBuilder.Build("Maison Tasse", Languages.French, Localizer.Default);

    private static (string Question, string Payload) IceBreaker(string locale, int index)
    {
        var item = ((JArray)Profile()["ice_breakers"]!).Single(l => (string?)l["locale"] == locale)["call_to_actions"]![index]!;
        return ((string)item["question"]!, (string)item["payload"]!);
    }

    private static (string Title, string Payload) MenuItem(string locale, int index)
    {
        var item = ((JArray)Profile()["persistent_menu"]!).Single(l => (string?)l["locale"] == locale)["call_to_actions"]![index]!;
        return ((string)item["title"]!, (string)item["payload"]!);
    }
}
