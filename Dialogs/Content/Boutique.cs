namespace Majordome.Dialogs.Content;

/// <summary>A boutique where customers pick up orders, recycle capsules and book a tasting table.</summary>
/// <param name="Id">The stable identifier bookings refer to.</param>
/// <param name="Name">The boutique's name, a proper noun shown as is in both languages.</param>
/// <param name="Address">The postal address.</param>
/// <param name="Phone">The phone number as customers dial it.</param>
/// <param name="Coordinates">Where it is on the map.</param>
/// <param name="TimeZoneId">The IANA time zone its hours are in.</param>
/// <param name="WeeklyHours">For each of the seven days, the opening ranges in order; empty on a closed day.</param>
/// <param name="Closures">Exceptional closures such as public holidays.</param>
/// <param name="TastingSeatsPerSlot">Seats at the tasting table in each booking slot.</param>
public sealed record Boutique(
    string Id,
    string Name,
    PostalAddress Address,
    string Phone,
    GeoCoordinates Coordinates,
    string TimeZoneId,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningRange>> WeeklyHours,
    IReadOnlyList<BoutiqueClosure> Closures,
    int TastingSeatsPerSlot)
{
    /// <summary>The exceptional closure on <paramref name="date"/>, if any.</summary>
    public BoutiqueClosure? ClosureOn(DateOnly date) => Closures.FirstOrDefault(c => c.Date == date);

    /// <summary>The opening ranges on <paramref name="date"/>: none on the weekly closed day or an exceptional closure.</summary>
    public IReadOnlyList<OpeningRange> HoursOn(DateOnly date) =>
        ClosureOn(date) is null && WeeklyHours.TryGetValue(date.DayOfWeek, out var ranges) ? ranges : [];

    /// <summary>Whether the boutique opens at all on <paramref name="date"/>.</summary>
    public bool IsOpenOn(DateOnly date) => HoursOn(date).Count > 0;
}
