using Majordome.Dialogs.Bookings;
using static Majordome.Tests.Dialogs.Bookings.ICalendarReader;
using static Majordome.Tests.Dialogs.Bookings.ShippedBoutiques;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class BookingCalendarTests
{
    private static readonly Booking Saturday = new(
        "MT-7K2QX", "customer-1", "paris-opera", Winter(2026, 11, 28, 15, 0), 2, "Camille Durand", "+33612345678", BookingStatus.Confirmed);

    private static string Calendar(Booking booking, string language = "fr") =>
        BookingCalendar.ToICalendar(booking, ParisOpera, language, Settings.Name, Settings.BookingSlotMinutes, Now);

    [Fact]
    public void ToICalendar_Booking_WritesOneEventInOnePublishedCalendar()
    {
        var lines = ContentLines(Calendar(Saturday));

        // RFC 5545 sets no order for the properties of a component (Ical.Net writes the calendar's alphabetically):
        // what matters is which ones each component has, and that the event is inside the calendar.
        var eventStart = lines.ToList().IndexOf(("BEGIN", "VEVENT"));
        var eventEnd = lines.ToList().IndexOf(("END", "VEVENT"));
        Assert.Equal(("BEGIN", "VCALENDAR"), lines[0]);
        Assert.Equal(("END", "VEVENT"), lines[^2]);
        Assert.Equal(("END", "VCALENDAR"), lines[^1]);
        Assert.Single(lines, l => l == ("BEGIN", "VEVENT"));
        Assert.Equal(
            ["CALSCALE", "METHOD", "PRODID", "VERSION"],
            lines.Take(eventStart).Skip(1).Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "GEO", "LOCATION", "SEQUENCE", "STATUS", "SUMMARY", "UID"],
            lines.Take(eventEnd).Skip(eventStart + 1).Select(l => l.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PRODID", "-//Maison Tasse//Majordome//FR")]
    [InlineData("VERSION", "2.0")]
    [InlineData("CALSCALE", "GREGORIAN")]
    [InlineData("METHOD", "PUBLISH")]
    [InlineData("UID", "MT-7K2QX@maison-tasse.example")]
    [InlineData("DTSTAMP", "20261125T150000Z")]
    [InlineData("DTSTART", "20261128T140000Z")]
    [InlineData("DTEND", "20261128T143000Z")]
    [InlineData("SUMMARY", "Table de dégustation — Maison Tasse")]
    [InlineData("LOCATION", "Maison Tasse Paris Opéra\\, 12 rue Halévy\\, 75009 Paris")]
    [InlineData("STATUS", "CONFIRMED")]
    public void ToICalendar_FrenchBooking_WritesEachProperty(string name, string expected)
    {
        Assert.Equal(expected, Property(Calendar(Saturday), name));
    }

    [Fact]
    public void ToICalendar_Geo_IsTheBoutiquesLatitudeAndLongitude()
    {
        var geo = Property(Calendar(Saturday), "GEO").Split(';');

        Assert.Equal([48.8716, 2.3332], geo.Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ToICalendar_French_DescribesTheBookingInFrench()
    {
        Assert.Equal(
            "Réservation MT-7K2QX : table de dégustation pour 2 personnes au nom de Camille Durand.\n"
            + "Maison Tasse Paris Opéra, +33 1 84 60 12 34.\nPour la déplacer ou l'annuler, écrivez-nous en citant MT-7K2QX.",
            Unescape(Property(Calendar(Saturday), "DESCRIPTION")));
    }

    [Fact]
    public void ToICalendar_English_TranslatesSummaryDescriptionAndProductId()
    {
        var calendar = Calendar(Saturday with { PartySize = 1 }, "en");

        Assert.Equal("Tasting table — Maison Tasse", Property(calendar, "SUMMARY"));
        Assert.StartsWith("Booking MT-7K2QX: tasting table for 1 person under the name Camille Durand.\n", Unescape(Property(calendar, "DESCRIPTION")));
        Assert.EndsWith("//EN", Property(calendar, "PRODID"));
    }

    [Fact]
    public void ToICalendar_SummerBooking_ConvertsWithTheSummerOffset()
    {
        var calendar = Calendar(Saturday with { Start = Summer(2027, 6, 5, 15, 0) });

        Assert.Equal("20270605T130000Z", Property(calendar, "DTSTART"));
        Assert.Equal("20270605T133000Z", Property(calendar, "DTEND"));
    }

    [Fact]
    public void ToICalendar_NameWithSpecialCharacters_IsEscapedAndReadsBackIntact()
    {
        // A line break inside a name is a control character: it becomes a space (the description's own breaks stay).
        const string name = "Dupont; Martin, \"Jo\" \\ Cie\nbis";
        var calendar = Calendar(Saturday with { Name = name });

        var raw = Property(calendar, "DESCRIPTION");
        Assert.Contains("Dupont\\; Martin\\, \"Jo\" \\\\ Cie bis", raw);
        Assert.Contains("au nom de Dupont; Martin, \"Jo\" \\ Cie bis.\n", Unescape(raw));
    }

    [Fact]
    public void ToICalendar_LongAccentedDescription_IsFoldedAt75OctetsAndUnfoldsIntact()
    {
        var calendar = Calendar(Saturday with { Name = "Éléonore-Françoise d'Hérouville-Saint-Clément" });

        var physical = PhysicalLines(calendar);
        Assert.Contains(physical, l => l.StartsWith(' '));
        Assert.Contains("au nom de Éléonore-Françoise d'Hérouville-Saint-Clément.", Unescape(Property(calendar, "DESCRIPTION")));
    }

    [Fact]
    public void ToICalendar_NameWithControlCharacters_WritesNoneOfThem()
    {
        var calendar = Calendar(Saturday with { Name = "Ca\0mille\u0007 \u001bDurand\u007f" });

        Assert.DoesNotContain(calendar.Replace("\r\n", string.Empty, StringComparison.Ordinal), char.IsControl);
        Assert.Contains("au nom de Camille Durand.", Unescape(Property(calendar, "DESCRIPTION")));
    }

    [Fact]
    public void ToICalendar_ReadBackByIcalNet_GivesTheEvent()
    {
        var calendar = Ical.Net.Calendar.Load(Calendar(Saturday))!;

        var booked = Assert.Single(calendar.Events);
        Assert.Equal("MT-7K2QX@maison-tasse.example", booked.Uid);
        Assert.Equal(new DateTime(2026, 11, 28, 14, 0, 0, DateTimeKind.Utc), booked.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 28, 14, 30, 0, DateTimeKind.Utc), booked.DtEnd!.AsUtc);
        Assert.Contains("au nom de Camille Durand.", booked.Description, StringComparison.Ordinal);
        Assert.Equal("Maison Tasse Paris Opéra, 12 rue Halévy, 75009 Paris", booked.Location);
    }

    [Fact]
    public void ToICalendar_CancelledBooking_IsMarkedCancelled()
    {
        Assert.Equal("CANCELLED", Property(Calendar(Saturday with { Status = BookingStatus.Cancelled }), "STATUS"));
    }

    [Fact]
    public void ToICalendar_OtherBoutique_IsRefusedWithTheFix()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            BookingCalendar.ToICalendar(Saturday, LyonBellecour, "fr", Settings.Name, Settings.BookingSlotMinutes, Now));

        Assert.Contains("pass the booking's own boutique", error.Message);
    }
}
