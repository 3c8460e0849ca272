using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// "stop" / "stop les rappels" / "reprendre" in a conversation, through the real dialogs and turn policies, with the
/// real consents over a real SQLite file; and a bare "stop" inside a task still cancelling the task as it always did.
/// </summary>
public sealed class ReminderCommandTests : IDisposable
{
    private const string Customer = "test/user-1";
    private readonly BusinessDatabase _database = TestBrand.NewDatabase();
    private readonly FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly SqlProactiveJobs _jobs;
    private readonly SqlProactiveConsents _consents;

    public ReminderCommandTests()
    {
        _jobs = new SqlProactiveJobs(_database, _time);
        _consents = new SqlProactiveConsents(_database, _jobs);
    }

    public void Dispose() => GC.SuppressFinalize(this);

    [Theory]
    [InlineData("stop les rappels", "fr")]
    [InlineData("Arrête les rappels !", "fr")]
    [InlineData("stop", "fr")]
    [InlineData("arrête", "fr")]
    [InlineData("stop reminders", "en")]
    [InlineData("unsubscribe", "en")]
    public async Task Stop_AtTheMenu_TurnsRemindersOffCancelsPendingAndSaysSo(string text, string language)
    {
        var conversation = Harness(language == "en" ? "en-US" : "fr-FR");
        await conversation.SendAsync(language == "en" ? "hello" : "bonjour");
        await _jobs.ScheduleAsync(Job());

        var replies = await conversation.SendAsync(text);

        Assert.Contains(Localizer.Default.Get(language, "reminders.stopped"), replies.Text, StringComparison.Ordinal);
        Assert.False(await _consents.AllowsAsync(Customer, ProactiveCategory.Utility));
        Assert.Equal((ProactiveJobStatus.Cancelled, ProactiveOutcomes.Stopped), Assert.Single(await _jobs.ListForCustomerAsync(Customer)) is var j ? (j.Status, j.Outcome) : default);
    }

    [Fact]
    public async Task StopLesRappels_InsideABooking_StopsRemindersAndAsksTheQuestionAgain()
    {
        var conversation = Harness("fr-FR");
        await conversation.SendAsync("bonjour");
        var question = await conversation.SendAsync("Réserver une table");

        var replies = await conversation.SendAsync("stop les rappels");

        Assert.Contains(Localizer.Default.Get("fr", "reminders.stopped"), replies.Text, StringComparison.Ordinal);
        Assert.EndsWith(question.Last.Text, replies.Text, StringComparison.Ordinal);
        Assert.False(await _consents.AllowsAsync(Customer, ProactiveCategory.Utility));
    }

    [Fact]
    public async Task BareStop_InsideABooking_StillCancelsTheTask_RemindersUntouched()
    {
        var conversation = Harness("fr-FR");
        await conversation.SendAsync("bonjour");
        await conversation.SendAsync("Réserver une table");

        var replies = await conversation.SendAsync("stop");

        Assert.Contains(Localizer.Default.Get("fr", "cancel.done"), replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Localizer.Default.Get("fr", "reminders.stopped"), replies.Text, StringComparison.Ordinal);
        Assert.True(await _consents.AllowsAsync(Customer, ProactiveCategory.Utility));
    }

    [Fact]
    public async Task Reprendre_AfterStop_TurnsRemindersBackOn()
    {
        var conversation = Harness("fr-FR");
        await conversation.SendAsync("bonjour");
        await conversation.SendAsync("stop les rappels");

        var replies = await conversation.SendAsync("reprendre");

        Assert.Contains(Localizer.Default.Get("fr", "reminders.resumed"), replies.Text, StringComparison.Ordinal);
        Assert.True(await _consents.AllowsAsync(Customer, ProactiveCategory.Utility));
    }

    [Fact]
    public async Task Reprendre_WithoutAStop_IsNotAboutReminders()
    {
        var conversation = Harness("fr-FR");
        await conversation.SendAsync("bonjour");

        var replies = await conversation.SendAsync("reprendre");

        Assert.DoesNotContain(Localizer.Default.Get("fr", "reminders.resumed"), replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_OnWebChat_ShowsTheKeptMessageBeforeTheGreeting()
    {
        var composer = new TestComposer(ProactiveKinds.Reorder, ProactiveCategory.Marketing);
        var claims = new ProactiveJobClaims(_database, _time, "visit-test");
        var greeting = new ProactiveGreeting(claims, [composer], _consents, Microsoft.Extensions.Options.Options.Create(new ProactiveOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<ProactiveGreeting>.Instance);
        var conversation = new ConversationHarness(channelId: "webchat", locale: "fr-FR", time: _time, database: _database, consents: _consents, greeting: greeting);

        // A reorder suggestion is an offer: shown at the visit only to a visitor who opted in (ProactiveSchedulerTests.Greeting_*).
        await _consents.GrantAsync(WebChatReorder().To.CustomerKey, ProactiveCategory.Marketing, "Oui, prévenez-moi", _time.GetUtcNow());
        await _jobs.ScheduleAsync(WebChatReorder());

        var replies = await conversation.JoinAsync();

        Assert.StartsWith("reorder #", replies.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains(Localizer.Default.Get("fr", "main.welcome", new { brand = "Maison Tasse" }), replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain((await conversation.JoinAsync()).Messages, m => m.Text?.StartsWith("reorder #", StringComparison.Ordinal) == true);
    }

    private ConversationHarness Harness(string locale) => new(locale: locale, time: _time, database: _database, consents: _consents);

    private ProactiveJobRequest Job() =>
        new(ProactiveKinds.BookingReminder, new ProactiveAddress(Customer, "test", "user-1", "conversation-1", null, "fr-FR", null), _time.GetUtcNow().AddDays(1), "{}", null);

    private ProactiveJobRequest WebChatReorder() =>
        new(ProactiveKinds.Reorder, new ProactiveAddress("webchat/user-1", "webchat", "user-1", "conversation-1", null, "fr-FR", null), _time.GetUtcNow(), "{}", null);
}
