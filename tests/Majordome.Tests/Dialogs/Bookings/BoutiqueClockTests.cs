using Majordome.Dialogs.Bookings;
using static Majordome.Tests.Dialogs.Bookings.ShippedBoutiques;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class BoutiqueClockTests
{
    [Fact]
    public void AtLocal_TimeSkippedBySpringForward_IsNull()
    {
        Assert.Null(BoutiqueClock.AtLocal(ParisOpera, new DateOnly(2027, 3, 28), new TimeOnly(2, 30)));
    }

    [Fact]
    public void AtLocal_TimeRepeatedByFallBack_IsTheFirstSummerTimeOccurrence()
    {
        Assert.Equal(
            Summer(2026, 10, 25, 2, 30).Offset,
            BoutiqueClock.AtLocal(ParisOpera, new DateOnly(2026, 10, 25), new TimeOnly(2, 30))?.Offset);
    }

    [Fact]
    public void ToLocal_UtcInstant_ReadsTheBoutiquesWallClock()
    {
        var local = BoutiqueClock.ToLocal(ParisOpera, new DateTimeOffset(2027, 6, 5, 13, 0, 0, TimeSpan.Zero));

        Assert.Equal(Summer(2027, 6, 5, 15, 0), local);
        Assert.Equal(15, local.Hour);
    }

    [Fact]
    public void Zone_UnknownTimeZone_SaysWhichBoutiqueAndHowToFixIt()
    {
        var broken = ParisOpera with { TimeZoneId = "Europe/Atlantis" };

        var error = Assert.Throws<InvalidOperationException>(() => BoutiqueClock.Zone(broken));
        Assert.Contains("paris-opera", error.Message);
        Assert.Contains("IANA", error.Message);
    }
}
