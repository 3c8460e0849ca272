using System.Text;
using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Bookings;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Conversations.Booking;

/// <summary>
/// Booking a tasting table against the shipped boutiques, each test on a database of its own.
/// "Now" is Wednesday 25 November 2026, 16:00 in Paris; Lyon Bellecour has 6 seats per slot, closes on Mondays
/// and for lunch (12:30-14:00) from Tuesday to Thursday.
/// </summary>
public class BookingDialogTests
{
    private static readonly DateTimeOffset Saturday3pm = new(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Booking_InFrench_ConfirmsWithACardAndACalendarFile()
    {
        var user = Guid.NewGuid().ToString();
        var harness = NewHarness(user: user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        var party = await harness.SendAsync("Lyon");
        Assert.Equal("Pour combien de personnes ?", party.Last.Text);
        await harness.SendAsync("4");
        await harness.SendAsync("samedi à 15h");
        await harness.SendAsync("Marie Curie");
        var confirm = await harness.SendAsync("06 12 34 56 78");
        Assert.Contains("Une table pour 4 à Maison Tasse Lyon Bellecour, samedi 28 novembre à 15:00, au nom de Marie Curie", confirm.Text);

        var booked = await harness.SendAsync("oui");

        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal((Saturday3pm, 4, "lyon-bellecour", "+33612345678"), (booking.Start, booking.PartySize, booking.BoutiqueId, booking.Phone));
        Assert.Contains($"Votre référence est {booking.Reference}", booked.Text);
        var attachments = booked.Messages.SelectMany(m => m.Attachments ?? []).ToList();
        Assert.Contains(attachments, a => a.ContentType == "application/vnd.microsoft.card.adaptive" && a.Content.ToString()!.Contains(booking.Reference, StringComparison.Ordinal));
        var ics = Encoding.UTF8.GetString(Convert.FromBase64String(attachments.Single(a => a.ContentType == "text/calendar").ContentUrl.Split(',')[1]));
        Assert.Contains("DTSTART:20261128T140000Z\r\n", ics);
        Assert.Contains("DTEND:20261128T143000Z\r\n", ics);
        Assert.Contains($"UID:{booking.Reference}@", ics);
    }

    [Fact]
    public async Task Booking_InEnglish_WithNaturalLanguage()
    {
        var user = Guid.NewGuid().ToString();
        var harness = NewHarness(user: user);
        await harness.SendAsync("hello");
        await harness.SendAsync("Book a table");
        await harness.SendAsync("Paris");
        await harness.SendAsync("two");
        var name = await harness.SendAsync("tomorrow at 3pm");
        Assert.Equal("What name should I book under?", name.Last.Text);
        await harness.SendAsync("Mary");
        await harness.SendAsync("+44 20 7946 0958");

        var booked = await harness.SendAsync("yes");

        Assert.Contains("It's booked!", booked.Text);
        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.FromHours(1)), booking.Start);
    }

    [Theory]
    [InlineData("lundi à 15h", "fermée ce jour-là")]
    [InlineData("le 25 décembre à 15h", "fermée ce jour-là (Noël)")]
    [InlineData("mardi à 13h", "n'est pas ouverte à ce moment-là")]
    [InlineData("samedi à 18h45", "n'est pas ouverte à ce moment-là")]
    [InlineData("samedi à 15h10", "commencent à l'heure ou à la demie")]
    [InlineData("le 20 mars 2027 à 15h", "jusqu'à 60 jours")]
    public async Task ImpossibleSlot_IsExplainedWithTheNearestFreeSlots(string when, string reason)
    {
        var harness = await AtTheDateQuestionAsync(NewHarness());

        var replies = await harness.SendAsync(when);

        Assert.Contains(reason, replies.Text);
        Assert.Contains("Les horaires libres les plus proches sont", replies.Text);
        Assert.Equal(3, replies.SuggestedActions.Count);
    }

    [Fact]
    public async Task ClosedDay_KeepsTheTimeSaid_SoADayAloneAnswers()
    {
        var user = Guid.NewGuid().ToString();
        var harness = await AtTheDateQuestionAsync(NewHarness(user: user));
        await harness.SendAsync("lundi à 15h");

        var next = await harness.SendAsync("mardi");

        Assert.Equal("À quel nom dois-je réserver ?", next.Last.Text);
        await harness.SendAsync("Marie");
        await harness.SendAsync("0612345678");
        await harness.SendAsync("oui");
        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.FromHours(1)), booking.Start);
    }

    [Fact]
    public async Task LunchBreak_KeepsTheDaySaid_SoATimeAloneAnswers()
    {
        var user = Guid.NewGuid().ToString();
        var harness = await AtTheDateQuestionAsync(NewHarness(user: user));
        await harness.SendAsync("mardi à 13h");

        var next = await harness.SendAsync("16h");

        Assert.Equal("À quel nom dois-je réserver ?", next.Last.Text);
        await harness.SendAsync("Marie");
        await harness.SendAsync("0612345678");
        await harness.SendAsync("oui");
        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.FromHours(1)), booking.Start);
    }

    [Fact]
    public async Task NotUnderstood_AfterARefusal_AsksThePlainQuestionAgain()
    {
        var harness = await AtTheDateQuestionAsync(NewHarness());
        await harness.SendAsync("lundi à 15h");

        var replies = await harness.SendAsync("bof");

        Assert.Contains("Quand souhaitez-vous venir ?", replies.Last.Text);
        Assert.DoesNotContain("fermée", replies.Text);
    }

    [Fact]
    public async Task FullSlot_ProposesFreeSlots_AndClickingOneBooksIt()
    {
        var database = TestBrand.NewDatabase();
        var user = Guid.NewGuid().ToString();
        var harness = NewHarness(database, user);
        await harness.Services.Bookings.BookAsync(new BookingRequest("webchat/other", "lyon-bellecour", Saturday3pm, 6, "Paul", "+33600000000"), 6);
        await AtTheDateQuestionAsync(harness);

        var full = await harness.SendAsync("samedi à 15h");

        Assert.Contains("Ce créneau est complet", full.Text);
        Assert.Equal(["sam. 28 nov. 14:00", "sam. 28 nov. 14:30", "sam. 28 nov. 15:30"], full.SuggestedActions);
        var next = await harness.SendAsync((string)full.Last.SuggestedActions.Actions[2].Value);
        Assert.Equal("À quel nom dois-je réserver ?", next.Last.Text);
        await harness.SendAsync("Marie");
        await harness.SendAsync("0612345678");
        await harness.SendAsync("oui");

        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal(Saturday3pm.AddMinutes(30), booking.Start);
    }

    [Fact]
    public async Task LastSeats_TakenBetweenQuestionAndConfirmation_AreNotBookedTwice()
    {
        var database = TestBrand.NewDatabase();
        var storage = new JsonMemoryStorage();
        var alice = NewHarness(database, "alice", storage);
        var bob = NewHarness(database, "bob", storage);
        foreach (var harness in new[] { alice, bob })
        {
            await AtTheDateQuestionAsync(harness, party: "4");
            await harness.SendAsync("samedi à 15h");
            await harness.SendAsync("Client");
            await harness.SendAsync("0612345678");
        }

        var first = await alice.SendAsync("oui");
        var second = await bob.SendAsync("oui");

        Assert.Contains("C'est réservé", first.Text);
        Assert.Contains("viennent d'être prises", second.Text);
        Assert.Equal(4, await alice.Services.Bookings.SeatsTakenAsync("lyon-bellecour", Saturday3pm));
    }

    [Fact]
    public async Task LargeGroup_IsPassedToTheTeam_WithTheNameThePhoneAndTheWishedDate()
    {
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        // Paris seats the brand's largest party (8) at one table; Lyon's table is smaller, see the next test.
        await harness.SendAsync("Paris");

        var name = await harness.SendAsync("12");
        Assert.Equal("Au-delà de 8 personnes, notre équipe organise la dégustation avec vous. Pour qu'elle vous rappelle, à quel nom ?", name.Last.Text);
        await harness.SendAsync("Marie Dupont");
        var when = await harness.SendAsync("06 12 34 56 78");
        Assert.Equal("Quand souhaitez-vous venir ? Par exemple « samedi à 15h ».", when.Last.Text);
        // A Saturday afternoon outside the tasting slots' horizon would be refused for a table: the team organises it.
        var passed = await harness.SendAsync("samedi 19 décembre vers 15h");

        Assert.Contains("J'ai transmis votre demande pour 12 personnes à l'équipe", passed.Text);
        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.Equal("group booking: 12 people at paris-opera; name: Marie Dupont; phone: +33612345678; wished: 2026-12-19 15:00 (\"samedi 19 décembre vers 15h\")", request.Question);
    }

    [Fact]
    public async Task PartyLargerThanTheBoutiquesTable_IsPassedToTheTeam_WithTheNameThePhoneAndTheWishedDate()
    {
        // Lyon's tasting table seats 6: 7 people were offered "no free time nearby" for ever.
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("Lyon");

        var replies = await harness.SendAsync("7");
        await harness.SendAsync("Paul Martin");
        await harness.SendAsync("07 11 22 33 44");
        await harness.SendAsync("le 3 décembre à 12h");

        Assert.Contains("Au-delà de 6 personnes", replies.Text);
        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.Equal("group booking: 7 people at lyon-bellecour; name: Paul Martin; phone: +33711223344; wished: 2026-12-03 12:00 (\"le 3 décembre à 12h\")", request.Question);
    }

    [Fact]
    public async Task LargeGroup_WithATimeAlreadySaid_IsAskedOnlyTheDay_AndTheTimeIsKept()
    {
        // "at 1 PM for a party of nine" was asked "When would you like to come?", the time forgotten.
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("on sera 12 à 13h à Paris");
        await harness.SendAsync("Marie Dupont");
        var when = await harness.SendAsync("06 12 34 56 78");
        Assert.StartsWith("Quel jour souhaitez-vous venir à 13:00 ?", when.Last.Text, StringComparison.Ordinal);

        await harness.SendAsync("samedi 19 décembre");

        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.EndsWith("; wished: 2026-12-19 13:00 (\"samedi 19 décembre\")", request.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeGroup_WithAPartOfTheDaySaid_IsAskedOnlyTheDay_AndThePartIsKept()
    {
        // "a restaurant for ten at sunset" (outside evaluation) was asked "When would you like to come?", the evening forgotten.
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("hello");
        await harness.SendAsync("Book a table");
        await harness.SendAsync("a table for ten in Paris at sunset");
        await harness.SendAsync("Gus Smith");
        var when = await harness.SendAsync("+44 7700 900013");
        Assert.StartsWith("Which day would you like to come in the evening?", when.Last.Text, StringComparison.Ordinal);

        await harness.SendAsync("saturday 19 december");

        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.EndsWith("; wished: 2026-12-19 evening (\"saturday 19 december\")", request.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeGroup_AsSoonAsPossible_IsNotAskedWhen_AndTheTeamReadsIt()
    {
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("on sera 12 à Paris, dès que possible");
        await harness.SendAsync("Marie Dupont");
        var passed = await harness.SendAsync("06 12 34 56 78");

        Assert.Contains("J'ai transmis votre demande pour 12 personnes", passed.Text);
        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.EndsWith("; wished: as soon as possible", request.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeGroup_WithSeveralDaysSaid_IsNotAskedWhen_AndTheTeamReadsThem()
    {
        // "a restaurant for ten this summer" was asked "When would you like to come?" as if nothing was said.
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("on sera 12 la semaine prochaine à Paris");
        await harness.SendAsync("Marie Dupont");
        var passed = await harness.SendAsync("06 12 34 56 78");

        Assert.Contains("J'ai transmis votre demande pour 12 personnes", passed.Text);
        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.EndsWith("; wished: between 2026-11-30 and 2026-12-06", request.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeGroup_WithTheDayAndTimeAlreadySaid_IsNotAskedThemAgain()
    {
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");

        // The whole request at the boutique question: the day and time in it are kept.
        await harness.SendAsync("on sera 12 samedi à 15h à Paris");
        await harness.SendAsync("Marie Dupont");
        var passed = await harness.SendAsync("06 12 34 56 78");

        Assert.Contains("J'ai transmis votre demande pour 12 personnes", passed.Text);
        var request = Assert.Single(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
        Assert.EndsWith("; wished: 2026-11-28 15:00", request.Question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeGroup_CorrectedAtTheName_BooksATableInstead_AndPassesNothingOn()
    {
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("Paris");
        await harness.SendAsync("12");

        var corrected = await harness.SendAsync("finalement on sera 6");

        Assert.StartsWith("Quand souhaitez-vous venir ?", corrected.Last.Text);
        await harness.SendAsync("samedi à 15h");
        await harness.SendAsync("Marie Dupont");
        var confirm = await harness.SendAsync("06 12 34 56 78");
        Assert.Contains("Une table pour 6 à Maison Tasse Paris Opéra, samedi 28 novembre à 15:00, au nom de Marie Dupont", confirm.Text);
        Assert.DoesNotContain(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
    }

    [Fact]
    public async Task LargeGroup_CancelledAtThePhone_PassesNothingOn()
    {
        var user = Guid.NewGuid().ToString();
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, user);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("Paris");
        await harness.SendAsync("12");
        await harness.SendAsync("Marie Dupont");

        var replies = await harness.SendAsync("annuler");

        Assert.Contains("c'est annulé", replies.Text);
        Assert.DoesNotContain(await new SqlFeedbackLog(database, harness.Time).ReadAsync("human"), r => r.CustomerKey == $"webchat/{user}");
    }

    [Fact]
    public async Task CancelMidway_BooksNothing()
    {
        var user = Guid.NewGuid().ToString();
        var harness = NewHarness(user: user);
        await AtTheDateQuestionAsync(harness);
        await harness.SendAsync("samedi à 15h");

        var replies = await harness.SendAsync("annuler");

        Assert.Contains("c'est annulé", replies.Text);
        Assert.Empty(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
    }

    [Fact]
    public async Task RestartMidway_ContinuesAtTheSameQuestion()
    {
        var database = TestBrand.NewDatabase();
        var storage = new JsonMemoryStorage();
        var before = NewHarness(database, "carla", storage);
        await AtTheDateQuestionAsync(before);

        var after = NewHarness(database, "carla", storage);
        await after.SendAsync("samedi à 15h");
        await after.SendAsync("Carla");
        await after.SendAsync("0612345678");
        await after.SendAsync("oui");

        Assert.Single(await after.Services.Bookings.ListUpcomingAsync("webchat/carla", after.Time.GetUtcNow()));
    }

    [Fact]
    public async Task HelpMidway_ExplainsTheDateQuestionAndAsksItAgain()
    {
        var harness = await AtTheDateQuestionAsync(NewHarness());

        var replies = await harness.SendAsync("aide");

        Assert.Contains("samedi à 15h", replies.Text);
        Assert.StartsWith("Quand souhaitez-vous venir ?", replies.Last.Text);
    }

    [Fact]
    public async Task MyBookings_ListsOnlyTheCustomersUpcomingBookings_AndCancelsWithConfirmation()
    {
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, "dora");
        var mine = (BookingResult.Confirmed)await harness.Services.Bookings.BookAsync(new BookingRequest("webchat/dora", "lyon-bellecour", Saturday3pm, 2, "Dora", "+33600000001"), 6);
        await harness.Services.Bookings.BookAsync(new BookingRequest("webchat/eve", "lyon-bellecour", Saturday3pm, 2, "Eve", "+33600000002"), 6);
        await harness.SendAsync("bonjour");

        var list = await harness.SendAsync("mes réservations");
        var cards = list.Messages.SelectMany(m => m.Attachments ?? []).ToList();
        Assert.Single(cards);
        Assert.Contains(mine.Booking.Reference, cards[0].Content.ToString());

        var confirm = await harness.SendValueAsync(new Newtonsoft.Json.Linq.JObject { ["action"] = "cancelBooking", ["reference"] = mine.Booking.Reference });
        Assert.Contains($"Annuler la réservation {mine.Booking.Reference} (samedi 28 novembre à 15:00)", confirm.Text);
        var done = await harness.SendAsync("oui");

        Assert.Contains("est annulée", done.Text);
        Assert.Equal(2, await harness.Services.Bookings.SeatsTakenAsync("lyon-bellecour", Saturday3pm));
    }

    [Fact]
    public async Task MyBookings_AnotherCustomersReference_CannotBeCancelled()
    {
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, "mallory");
        var eves = (BookingResult.Confirmed)await harness.Services.Bookings.BookAsync(new BookingRequest("webchat/eve", "lyon-bellecour", Saturday3pm, 2, "Eve", "+33600000002"), 6);
        await harness.SendAsync("bonjour");

        var replies = await harness.SendValueAsync(new Newtonsoft.Json.Linq.JObject { ["action"] = "cancelBooking", ["reference"] = eves.Booking.Reference });

        Assert.Contains("Je ne trouve pas cette réservation", replies.Text);
        Assert.Equal(2, await harness.Services.Bookings.SeatsTakenAsync("lyon-bellecour", Saturday3pm));
    }

    // Issue 14, defect 12: slot buttons said "Sat 28/11 3:30pm"; they spell the month and use the cards' "3:30 pm",
    // and a click still books the slot it shows.
    [Fact]
    public async Task FullSlot_InEnglish_OffersSpeltOutSlotsThatBookWhenClicked()
    {
        var database = TestBrand.NewDatabase();
        var user = Guid.NewGuid().ToString();
        var harness = NewHarness(database, user);
        await harness.Services.Bookings.BookAsync(new BookingRequest("webchat/other", "lyon-bellecour", Saturday3pm, 6, "Paul", "+33600000000"), 6);
        await harness.SendAsync("hello");
        await harness.SendAsync("Book a table");
        await harness.SendAsync("Lyon");
        await harness.SendAsync("2");

        var full = await harness.SendAsync("Saturday at 3pm");

        Assert.Equal(["Sat 28 Nov 2:00 pm", "Sat 28 Nov 2:30 pm", "Sat 28 Nov 3:30 pm"], full.SuggestedActions);
        var name = await harness.SendAsync((string)full.Last.SuggestedActions.Actions[2].Value);
        Assert.Equal("What name should I book under?", name.Last.Text);
        await harness.SendAsync("Mary");
        var confirm = await harness.SendAsync("+44 20 7946 0958");
        Assert.Contains("Saturday 28 November at 3:30 pm", confirm.Text);
        await harness.SendAsync("yes");
        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal(Saturday3pm.AddMinutes(30), booking.Start);
    }

    [Fact]
    public async Task MyBookings_Move_ChecksTheNewSlotAndMoves()
    {
        var database = TestBrand.NewDatabase();
        var harness = NewHarness(database, "fred");
        var mine = (BookingResult.Confirmed)await harness.Services.Bookings.BookAsync(new BookingRequest("webchat/fred", "lyon-bellecour", Saturday3pm, 2, "Fred", "+33600000003"), 6);
        await harness.SendAsync("hello");

        var ask = await harness.SendValueAsync(new Newtonsoft.Json.Linq.JObject { ["action"] = "moveBooking", ["reference"] = mine.Booking.Reference });
        Assert.Contains("When would you like to come instead?", ask.Text);
        var closed = await harness.SendAsync("Monday at 3pm");
        Assert.Contains("closed that day", closed.Text);
        var confirm = await harness.SendAsync("Sunday at 11am");
        Assert.Contains($"Move booking {mine.Booking.Reference} to Sunday 29 November at 11:00 am?", confirm.Text);
        var moved = await harness.SendAsync("yes");

        Assert.Contains("is moved", moved.Text);
        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync("webchat/fred", harness.Time.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 11, 0, 0, TimeSpan.FromHours(1)), booking.Start);
    }

    [Fact]
    public async Task MyBookings_None_SaysSo()
    {
        var harness = NewHarness();
        await harness.SendAsync("hello");

        var replies = await harness.SendAsync("my bookings");

        Assert.Contains("You have no upcoming booking", replies.Text);
    }

    [Fact]
    public async Task Name_200000Characters_IsAskedAgainWithTheLimit_AndNothingIsBooked()
    {
        var user = Guid.NewGuid().ToString();
        var harness = await AtTheDateQuestionAsync(NewHarness(user: user));
        await harness.SendAsync("samedi à 15h");

        var again = await harness.SendAsync(new string('A', 200_000));

        Assert.Equal("C'est un peu long pour moi : 100 caractères au plus, s'il vous plaît. À quel nom dois-je réserver ?", again.Last.Text);
        var phone = await harness.SendAsync("Marie Curie");
        Assert.Equal("À quel numéro la boutique peut-elle vous joindre ?", phone.Last.Text);
    }

    [Fact]
    public async Task Name_TooLong_InEnglish_IsAskedAgainInEnglish()
    {
        var harness = NewHarness();
        await harness.SendAsync("hello");
        await harness.SendAsync("Book a table");
        await harness.SendAsync("Paris");
        await harness.SendAsync("two");
        await harness.SendAsync("tomorrow at 3pm");

        var again = await harness.SendAsync(new string('B', 101));

        Assert.Equal("That's a bit long for me: 100 characters at most, please. What name should I book under?", again.Last.Text);
    }

    [Fact]
    public async Task Name_OfNulCharacters_IsAskedAgain()
    {
        var harness = await AtTheDateQuestionAsync(NewHarness());
        await harness.SendAsync("samedi à 15h");

        var again = await harness.SendAsync("\0\0\0\u0007");

        Assert.Equal("Désolé, il me faut une réponse écrite. À quel nom dois-je réserver ?", again.Last.Text);
    }

    [Fact]
    public async Task Name_WithControlCharacters_IsBookedWithoutThem()
    {
        var user = Guid.NewGuid().ToString();
        var harness = await AtTheDateQuestionAsync(NewHarness(user: user));
        await harness.SendAsync("samedi à 15h");
        await harness.SendAsync("Ma\0rie\u0007\tCurie\u001b");
        var confirm = await harness.SendAsync("06 12 34 56 78");
        Assert.Contains("au nom de Marie Curie", confirm.Text, StringComparison.Ordinal);

        var booked = await harness.SendAsync("oui");

        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Equal("Marie Curie", booking.Name);
        var ics = Encoding.UTF8.GetString(Convert.FromBase64String(booked.Messages.SelectMany(m => m.Attachments ?? []).Single(a => a.ContentType == "text/calendar").ContentUrl.Split(',')[1]));
        Assert.DoesNotContain(ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), char.IsControl);
    }

    private static ConversationHarness NewHarness(BusinessDatabase? database = null, string? user = null, JsonMemoryStorage? storage = null) =>
        new(storage, channelId: "webchat", userId: user ?? Guid.NewGuid().ToString(), conversationId: user ?? "conversation", database: database ?? TestBrand.NewDatabase());

    private static async Task<ConversationHarness> AtTheDateQuestionAsync(ConversationHarness harness, string party = "2")
    {
        await harness.SendAsync("bonjour");
        await harness.SendAsync("Réserver une table");
        await harness.SendAsync("Lyon");
        var when = await harness.SendAsync(party);
        Assert.StartsWith("Quand souhaitez-vous venir ?", when.Last.Text);
        return harness;
    }
}
