using Majordome.Bot.Analytics;
using Majordome.Dialogs.Analytics;
using Majordome.Tests.Dialogs.Understanding;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Dialogs.Analytics;

/// <summary>What real conversations count for the brand's reports: messages, conversations, flows, intents, handoffs.</summary>
[Collection(TrainedModelCollection.Name)]
public sealed class ConversationAnalyticsTests(TrainedModelFixture fixture)
{
    [Fact]
    public async Task BookingToItsConfirmation_CountsOneConversationItsMessagesAndOneCompletedBooking()
    {
        var (harness, counters) = NewHarness();

        foreach (var text in new[] { "bonjour", "Réserver une table", "Lyon", "4", "samedi à 15h", "Marie Curie", "06 12 34 56 78", "oui" })
        {
            await harness.SendAsync(text);
        }

        var counts = Totals(counters);
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.Conversation, "")));
        Assert.Equal(8, counts.GetValueOrDefault((AnalyticsEvents.Message, "")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.FlowStarted, "booking")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.FlowCompleted, "booking")));
        Assert.False(counts.ContainsKey((AnalyticsEvents.FlowCancelled, "booking")));
    }

    [Fact]
    public async Task ABookingCancelledThenStartedAgain_CountsTwoStartsAndOneCancellation()
    {
        var (harness, counters) = NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        await harness.SendAsync("annuler");
        await harness.SendAsync("Réserver une table");

        var counts = Totals(counters);
        Assert.Equal(2, counts.GetValueOrDefault((AnalyticsEvents.FlowStarted, "booking")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.FlowCancelled, "booking")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.Conversation, "")));
    }

    [Fact]
    public async Task AQuestionWithoutAnswerThenAPerson_CountsNotUnderstoodAndAHandoff()
    {
        var (harness, counters) = NewHarness(recognizer: false);
        await harness.SendAsync("hello");
        await harness.SendAsync("what's the weather in Tokyo?");

        await harness.SendAsync("Talk to someone");

        var drained = counters.Drain();
        var counts = Totals(drained);
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.NotUnderstood, "")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.Handoff, "")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.FlowStarted, "information")));
        Assert.Equal(["en"], drained.Keys.Select(k => k.Language).Distinct());
    }

    [Fact]
    public async Task ASentenceUnderstood_CountsItsIntent()
    {
        var (harness, counters) = NewHarness();

        await harness.SendAsync("table pour 4 samedi à 15h à Lyon");

        var counts = Totals(counters);
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.Intent, "book")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.FlowStarted, "booking")));
        Assert.Equal(1, counts.GetValueOrDefault((AnalyticsEvents.Conversation, "")));
    }

    [Fact]
    public async Task TheCustomersWordsAndIds_AreNeverInTheCounts()
    {
        var user = "user-" + Guid.NewGuid().ToString("N");
        var (harness, counters) = NewHarness(user: user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Quelle est la capitale du Pérou ?");

        var keys = counters.Drain().Keys.ToList();

        Assert.NotEmpty(keys);
        Assert.DoesNotContain(keys, k => string.Join("|", k.Channel, k.Language, k.Event, k.Name).Contains("Pérou", StringComparison.Ordinal)
            || string.Join("|", k.Channel, k.Name).Contains(user, StringComparison.Ordinal));
    }

    private (ConversationHarness Harness, AnalyticsCounters Counters) NewHarness(bool recognizer = true, string? user = null)
    {
        var time = new FakeTimeProvider(ConversationHarness.DefaultNow);
        var counters = new AnalyticsCounters(time);
        var harness = new ConversationHarness(
            channelId: "webchat",
            userId: user ?? Guid.NewGuid().ToString(),
            time: time,
            database: TestBrand.NewDatabase(),
            recognizer: recognizer ? fixture.Recognizer() : null,
            understanding: fixture.Options,
            learnedLanguage: fixture.Model.PredictLanguage,
            analytics: counters);
        return (harness, counters);
    }

    private static Dictionary<(string Event, string Name), long> Totals(AnalyticsCounters counters) => Totals(counters.Drain());

    private static Dictionary<(string Event, string Name), long> Totals(IReadOnlyDictionary<AnalyticsKey, long> counts) =>
        counts.GroupBy(p => (p.Key.Event, p.Key.Name)).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
}
