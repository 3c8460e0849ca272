using Majordome.Dialogs.Content;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Dialogs.Bookings;

/// <summary>The shipped boutiques and rules (brand/), with Paris wall-clock helpers, so the booking tests check the real content.</summary>
public static class ShippedBoutiques
{
    /// <summary>Wednesday 2026-11-25 16:00 in Paris: the "now" of most booking tests.</summary>
    public static readonly DateTimeOffset Now = Winter(2026, 11, 25, 16, 0);

    public static BrandSettings Settings => ShippedBrand.Content.Settings;

    /// <summary>Closed Mondays; Sunday [11:00-13:00, 14:00-18:00]; Thursday until 21:00; 8 seats.</summary>
    public static Boutique ParisOpera => ById("paris-opera");

    /// <summary>Lunch break 12:30-14:00 from Tuesday to Thursday; 6 seats.</summary>
    public static Boutique LyonBellecour => ById("lyon-bellecour");

    /// <summary>Lunch break 13:00-14:30 from Tuesday to Friday; 4 seats.</summary>
    public static Boutique BordeauxChartrons => ById("bordeaux-chartrons");

    /// <summary>A Paris wall-clock time in winter time (UTC+1), as the customer's resolved request arrives.</summary>
    public static DateTimeOffset Winter(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(1));

    /// <summary>A Paris wall-clock time in summer time (UTC+2).</summary>
    public static DateTimeOffset Summer(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(2));

    private static Boutique ById(string id) => ShippedBrand.Content.Boutiques.Single(b => b.Id == id);
}
