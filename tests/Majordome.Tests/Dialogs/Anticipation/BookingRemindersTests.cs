using System.Globalization;
using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Bookings;
using Majordome.Dialogs.Bookings;
using Majordome.Tests.Harness;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>
/// A tasting's reminder the day before (when, address, cancel or move) and thanks the day after (the feedback
/// question): scheduled when booked, following the booking when moved, dropped when it was cancelled.
/// </summary>
public sealed class BookingRemindersTests
{
    private static readonly DateTimeOffset Saturday3pm = new(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1));
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly string _user = Guid.NewGuid().ToString("N");
    private readonly BusinessDatabase _database = TestBrand.NewDatabase();
    private readonly JsonMemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly InMemoryProactiveScheduler _scheduler;
    private readonly InMemoryProactiveConsents _consents = new();
    private readonly AnticipationServices _anticipation;
    private readonly InMemoryProactiveGreeting _greeting;

    public BookingRemindersTests()
    {
        _scheduler = new InMemoryProactiveScheduler(_time);
        var options = Options.Create(new AnticipationOptions());
        _anticipation = new AnticipationServices(_scheduler, _consents, options, time: _time);
        var services = TestBrand.Services(_time, _database);
        _greeting = new InMemoryProactiveGreeting(
            _scheduler, _consents, [new BookingReminderComposer(services.Bookings, services.Boutiques, options), new BookingThanksComposer(services.Bookings, services.Boutiques, options)], _time);
    }

    private string Customer => $"webchat/{_user}";

    private ConversationHarness Visit(string conversationId = "visit") =>
        new(_storage, channelId: "webchat", userId: _user, conversationId: conversationId, time: _time, database: _database, anticipation: _anticipation);

    private async Task<Booking> BookSaturdayAsync(ConversationHarness harness)
    {
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("Lyon");
        await harness.SendAsync("4");
        await harness.SendAsync("samedi à 15h");
        await harness.SendAsync("Marie Curie");
        await harness.SendAsync("06 12 34 56 78");
        await harness.SendAsync("oui");
        return Assert.Single(await harness.Services.Bookings.ListUpcomingAsync(Customer, _time.GetUtcNow()));
    }

    private static IEnumerable<JObject> SubmitData(IActivity activity) =>
        (((IMessageActivity)activity).Attachments ?? []).Select(a => JObject.FromObject(a.Content))
            .SelectMany(c => c.Descendants().OfType<JObject>())
            .Where(o => o.Value<string>("type") == "Action.Submit")
            .Select(o => (JObject)o["data"]!);

    [Fact]
    public async Task Booked_ReminderTheDayBefore_WithTimeAddressAndATemplate_ThanksTheDayAfter()
    {
        var booking = await BookSaturdayAsync(Visit());

        var jobs = _scheduler.All;
        Assert.Equal(2, jobs.Count);
        var reminder = Assert.Single(jobs, j => j.Request.Kind == ProactiveKinds.BookingReminder);
        var thanks = Assert.Single(jobs, j => j.Request.Kind == ProactiveKinds.BookingThanks);
        Assert.Equal(Saturday3pm.AddDays(-1), reminder.Request.DueAt);
        Assert.Equal(Saturday3pm.AddDays(1), thanks.Request.DueAt);

        _time.SetUtcNow(Saturday3pm.AddDays(-1));
        var message = await new BookingReminderComposer(Visit().Services.Bookings, Visit().Services.Boutiques, Options.Create(new AnticipationOptions())).ComposeAsync(reminder, French, CancellationToken.None);
        Assert.Equal(ProactiveCategory.Utility, message!.Category);
        var text = ((IMessageActivity)message.Activities[0]).Text;
        Assert.Contains("votre dégustation chez Maison Tasse Lyon Bellecour est demain", text);
        Assert.Contains("15:00", text);
        Assert.Contains("Adresse :", text);
        Assert.Equal("booking_reminder", message.Template!.Name);
        Assert.Equal(3, message.Template.Parameters.Count);
        Assert.Contains(SubmitData(message.Activities[1]), d => d.Value<string>("action") == "cancelBooking" && d.Value<string>("reference") == booking.Reference);
        Assert.Contains(SubmitData(message.Activities[1]), d => d.Value<string>("action") == "moveBooking" && d.Value<string>("reference") == booking.Reference);
    }

    [Fact]
    public async Task ReminderCancelTapped_ReachesTheCancelQuestion_AndTheThanksIsThenDropped()
    {
        await BookSaturdayAsync(Visit());
        _time.SetUtcNow(Saturday3pm.AddDays(-1));
        var shown = await _greeting.TakeDueAsync(Customer, French);
        var cancel = SubmitData(shown[1]).Single(d => d.Value<string>("action") == "cancelBooking");

        var next = Visit("friday");
        await next.JoinAsync();
        var asked = await next.SendValueAsync(cancel);
        Assert.Contains("Annuler la réservation", asked.Text);
        var done = await next.SendAsync("oui");
        Assert.Contains("est annulée", done.Text);

        _time.SetUtcNow(Saturday3pm.AddDays(1));
        Assert.Empty(await _greeting.TakeDueAsync(Customer, French));
        Assert.Equal("no-longer-applies", Assert.Single(_scheduler.All, j => j.Request.Kind == ProactiveKinds.BookingThanks).Outcome);
    }

    [Fact]
    public async Task Moved_TheOldReminderIsDropped_AndTheNewTimeIsReminded()
    {
        var booking = await BookSaturdayAsync(Visit());
        var harness = Visit("moving");
        await harness.SendAsync("bonjour");
        await harness.SendValueAsync(new JObject { ["action"] = "moveBooking", ["reference"] = booking.Reference });
        await harness.SendAsync("dimanche à 11h");
        var moved = await harness.SendAsync("oui");
        Assert.Contains("est déplacée", moved.Text);

        var sunday11 = new DateTimeOffset(2026, 11, 29, 11, 0, 0, TimeSpan.FromHours(1));
        Assert.Contains(_scheduler.All, j => j.Request.Kind == ProactiveKinds.BookingReminder && j.Request.DueAt == sunday11.AddDays(-1));
        _time.SetUtcNow(sunday11.AddDays(-1));
        var shown = await _greeting.TakeDueAsync(Customer, French);

        var reminder = Assert.IsAssignableFrom<IMessageActivity>(Assert.Single(shown, a => ((IMessageActivity)a).Text?.StartsWith("Rappel", StringComparison.Ordinal) == true));
        Assert.Contains("11:00", reminder.Text);
        Assert.Equal("no-longer-applies", _scheduler.All.Single(j => j.Request.Kind == ProactiveKinds.BookingReminder && j.Request.DueAt == Saturday3pm.AddDays(-1)).Outcome);
    }

    [Fact]
    public async Task Thanks_FeedbackTapped_IsRecordedInTheFeedbackLog()
    {
        var booking = await BookSaturdayAsync(Visit());
        _time.SetUtcNow(Saturday3pm.AddDays(1));
        var thanks = Assert.IsAssignableFrom<IMessageActivity>(Assert.Single(await _greeting.TakeDueAsync(Customer, French), a => ((IMessageActivity)a).Text?.Contains("Comment avez-vous trouvé", StringComparison.Ordinal) == true));
        var liked = thanks.SuggestedActions.Actions[0];
        Assert.Equal("J'ai aimé", liked.Title);

        var next = Visit("sunday");
        await next.JoinAsync();
        var tap = next.Message((string)liked.Text!);
        tap.Value = liked.Value;
        var replies = await next.ProcessAsync(tap);

        Assert.Contains("Merci, cela fait plaisir", replies.Text);
        var recorded = await ((SqlFeedbackLog)next.Services.Feedback).ReadAsync("answer");
        Assert.Contains(recorded, r => r.CustomerKey == Customer && r.EntryId == BookingFeedback.EntryOf(booking.Reference) && r.Helpful == true);
    }

    [Theory]
    [InlineData("c'était super, merci !", true)]
    [InlineData("bof, un peu décevant", false)]
    public async Task Thanks_FeedbackTyped_IsRecordedWithTheCustomersWords(string typed, bool liked)
    {
        // Before: the typed answer went to understanding ("Avec plaisir !" or the menu) and nothing was recorded.
        var booking = await BookSaturdayAsync(Visit());
        _time.SetUtcNow(Saturday3pm.AddDays(1));
        Assert.Single(await _greeting.TakeDueAsync(Customer, French), a => ((IMessageActivity)a).Text?.Contains("Comment avez-vous trouvé", StringComparison.Ordinal) == true);

        var next = Visit("sunday");
        await next.JoinAsync();
        var replies = await next.SendAsync(typed);

        Assert.Contains(liked ? "Merci, cela fait plaisir" : "Merci de nous le dire", replies.Text);
        var recorded = await ((SqlFeedbackLog)next.Services.Feedback).ReadAsync("answer");
        Assert.Contains(recorded, r => r.CustomerKey == Customer && r.EntryId == BookingFeedback.EntryOf(booking.Reference) && r.Helpful == liked);
    }

    [Fact]
    public async Task FeedbackWordsTyped_WithoutARecentThanks_AreNotRecorded()
    {
        await BookSaturdayAsync(Visit());
        _time.SetUtcNow(Saturday3pm.AddDays(1));
        await _greeting.TakeDueAsync(Customer, French);
        _time.Advance(BookingFeedbackAnswer.Freshness + TimeSpan.FromHours(1));

        var next = Visit("later");
        await next.JoinAsync();
        var replies = await next.SendAsync("c'était super");

        Assert.DoesNotContain("Merci, cela fait plaisir", replies.Text);
        Assert.Empty(await ((SqlFeedbackLog)next.Services.Feedback).ReadAsync("answer"));
    }
}
