using System.Net;
using Majordome.Dialogs.Bookings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Calendar;

/// <summary>
/// GET /calendar/{reference}.ics over real HTTP on the real host (SQLite bookings): a signed link serves that one
/// booking's .ics; a tampered, expired or borrowed signature gets nothing and says nothing about which bookings exist.
/// </summary>
public sealed class CalendarLinkEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private BotApplicationFactory _host = null!;
    private HttpClient _client = null!;
    private Booking _mine = null!;
    private Booking _theirs = null!;

    public async Task InitializeAsync()
    {
        _host = new BotApplicationFactory(
            new Dictionary<string, string?>
            {
                ["Public:BaseUrl"] = "https://chat.maison-tasse.example/",
                ["Calendar:LinkSecret"] = "calendar-link-secret-for-the-tests-0123456789",
            },
            services => services.AddSingleton<TimeProvider>(_time));
        _client = _host.CreateClient();
        var bookings = _host.Services.GetRequiredService<IBookingStore>();
        _mine = await BookAsync(bookings, "instagram/5500000000000009", 0);
        _theirs = await BookAsync(bookings, "instagram/5500000000000042", 1);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Get_ValidLink_ReturnsThatBookingsCalendar()
    {
        var response = await _client.GetAsync(PathOf(Link(_mine)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{_mine.Reference}@", calendar, StringComparison.Ordinal);
        Assert.Contains("STATUS:CONFIRMED", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TamperedSignature_IsNotFound()
    {
        var link = PathOf(Link(_mine));
        var signature = link[(link.IndexOf("sig=", StringComparison.Ordinal) + 4)..].Split('&')[0];
        var tampered = link.Replace("sig=" + signature, "sig=" + (signature[0] == 'A' ? 'B' : 'A') + signature[1..], StringComparison.Ordinal);

        var response = await _client.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(_mine.Reference, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LaterExpiryWithTheSameSignature_IsNotFound()
    {
        var link = PathOf(Link(_mine));
        var exp = link[(link.IndexOf("exp=", StringComparison.Ordinal) + 4)..].Split('&')[0];

        var response = await _client.GetAsync(link.Replace("exp=" + exp, "exp=" + (long.Parse(exp, System.Globalization.CultureInfo.InvariantCulture) + 86_400), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ExpiredLink_IsForbidden()
    {
        var link = PathOf(Link(_mine));
        _time.Advance(TimeSpan.FromDays(31));

        var response = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnotherBookingsReferenceWithThisSignature_IsNotFound()
    {
        var link = PathOf(Link(_mine)).Replace(_mine.Reference, _theirs.Reference, StringComparison.Ordinal);

        var response = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownReference_AnswersAsATamperedLinkDoes()
    {
        var link = PathOf(Link(_mine)).Replace(_mine.Reference, "MT-ZZZZZ", StringComparison.Ordinal);

        var response = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_CancelledBooking_IsGone()
    {
        var link = PathOf(Link(_mine));
        await _host.Services.GetRequiredService<IBookingStore>().CancelAsync(_mine.Reference, _mine.CustomerKey);

        var response = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public void Link_UsesThePublicBaseUrl()
    {
        var link = Link(_mine);

        Assert.Equal("https", link.Scheme);
        Assert.Equal("chat.maison-tasse.example", link.Host);
        Assert.Equal($"/calendar/{_mine.Reference}.ics", link.AbsolutePath);
    }

    private Uri Link(Booking booking) =>
        _host.Services.GetRequiredService<ICalendarLinks>().For(booking, "fr") ?? throw new InvalidOperationException("no link was made");

    private static string PathOf(Uri link) => link.PathAndQuery;

    private async Task<Booking> BookAsync(IBookingStore bookings, string customer, int day)
    {
        var start = new DateTimeOffset(2026, 12, 3 + day, 14, 0, 0, TimeSpan.Zero);
        var result = await bookings.BookAsync(new BookingRequest(customer, "lyon-bellecour", start, 2, "Marie", "+33612345678"), capacity: 12);
        return Assert.IsType<BookingResult.Confirmed>(result).Booking;
    }
}
