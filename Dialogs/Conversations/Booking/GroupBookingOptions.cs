namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>A group too large for the boutique's table, on its way to the team.</summary>
/// <param name="BoutiqueId">The boutique asked for.</param>
/// <param name="Party">How many people.</param>
/// <param name="Largest">The largest party the boutique seats: said to the customer.</param>
/// <param name="Start">The day and time the first message asked for, when it said both: not asked again.</param>
/// <param name="Day">The day the first message asked for without a time: not asked again, the team settles the hour.</param>
/// <param name="Name">The name already given, when a correction made the party a group after it.</param>
/// <param name="Phone">The phone number already given, likewise.</param>
/// <param name="Time">A time the first message said without a day ("at 1 PM"): only the day is asked, the time is kept.</param>
/// <param name="PeriodFirst">The first of several days the first message said ("this summer"): passed on as said, not asked again.</param>
/// <param name="PeriodLast">The last of those days.</param>
/// <param name="DayPart">A part of the day the first message said ("in the evening", "at sunset"): kept, and named back when the day is asked.</param>
/// <param name="Soonest">"As soon as possible" was said: passed on as said, not asked again.</param>
public sealed record GroupBookingOptions(string BoutiqueId, int Party, int Largest, DateTimeOffset? Start = null, DateOnly? Day = null, string? Name = null, string? Phone = null, TimeOnly? Time = null, DateOnly? PeriodFirst = null, DateOnly? PeriodLast = null, string? DayPart = null, bool Soonest = false);
