namespace Majordome.Cards.Boutiques;

/// <summary>
/// One opening period of a boutique on one day of the week. A day may have several (a lunch break is two periods);
/// a day without any is closed. Periods end the same day (Closes after Opens).
/// </summary>
/// <param name="Day">The day of the week.</param>
/// <param name="Opens">Opening time, boutique local time.</param>
/// <param name="Closes">Closing time, boutique local time.</param>
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
