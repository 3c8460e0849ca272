using Majordome.Dialogs.Bookings;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Bookings;

public class BookingIcsTests
{
    private static readonly Booking Booking = new(
        "MT-7K2QX", "webchat/u", "lyon-bellecour", new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1)), 4,
        "Zoé, Hélène; et \\ Cie — une très longue signature pour vérifier le pliage des lignes à soixante-quinze octets", "+33612345678", BookingStatus.Confirmed);

    [Fact]
    public void Create_IsAFoldedEscapedUtcCalendar()
    {
        var boutique = TestBrand.Content.Boutiques.Single(b => b.Id == "lyon-bellecour");

        var ics = BookingIcs.Create(Booking, boutique, TestBrand.Content.Settings, "Maison Tasse", "fr", new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var lines = ics.Split("\r\n");
        Assert.All(lines, l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains("DTSTART:20261128T140000Z", lines);
        Assert.Contains("DTEND:20261128T143000Z", lines);
        Assert.Contains("DTSTAMP:20261125T150000Z", lines);

        // Unfold (a line starting with a space continues the previous one) and read the escaped text back.
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(@"au nom de Zoé\, Hélène\; et \\ Cie — une très longue signature", unfolded);
        Assert.Contains(@"LOCATION:Maison Tasse Lyon Bellecour\,", unfolded);
    }

    [Fact]
    public void ToAttachment_IsACalendarFileNamedAfterTheReference()
    {
        var attachment = BookingIcs.ToAttachment("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "MT-7K2QX");

        Assert.Equal("text/calendar", attachment.ContentType);
        Assert.Equal("reservation-MT-7K2QX.ics", attachment.Name);
        Assert.StartsWith("data:text/calendar;base64,", attachment.ContentUrl);
    }
}
