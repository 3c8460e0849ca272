namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>How a booking starts: what the customer already said.</summary>
/// <param name="BoutiqueId">The boutique, when known (named in the message, or a location card's "Book" button).</param>
/// <param name="PartySize">The number of people, when known; never asked again.</param>
/// <param name="Start">
/// The slot the customer asked for in the message that started the booking ("samedi à 15h"), when a day and a time
/// were said; taken without asking again if the boutique can take it, otherwise the customer is told why and offered
/// the nearest free times.
/// </param>
/// <param name="Day">A day said without a time ("samedi"): kept, and only the time is asked, with that day's free times.</param>
/// <param name="Time">A time said without a day ("à 15h"): kept, and only the day is asked.</param>
/// <param name="Name">The name already given, when a correction restarts the booking after it.</param>
/// <param name="Phone">The phone number already given, when a correction restarts the booking after it.</param>
/// <param name="PeriodFirst">The first day of a period said without a day in it ("next week"): its first free times are offered.</param>
/// <param name="PeriodLast">The last day of that period, included.</param>
/// <param name="DayPart">A part of the day said without a day ("in the afternoon"): named back when the day is asked.</param>
/// <param name="Soonest">"As soon as possible" was said: the first free times are offered.</param>
public sealed record BookingOptions(string? BoutiqueId = null, int? PartySize = null, DateTimeOffset? Start = null, DateOnly? Day = null, TimeOnly? Time = null, string? Name = null, string? Phone = null, DateOnly? PeriodFirst = null, DateOnly? PeriodLast = null, string? DayPart = null, bool Soonest = false)
{
    /// <summary>How a booking starts from a request's boutique, party and <paramref name="wish"/>.</summary>
    public static BookingOptions From(string? boutiqueId, int? partySize, BookingWish wish)
    {
        ArgumentNullException.ThrowIfNull(wish);
        return new BookingOptions(boutiqueId, partySize, wish.Start, wish.Day, wish.Time, PeriodFirst: wish.Period?.First, PeriodLast: wish.Period?.Last, DayPart: wish.DayPart, Soonest: wish.Soonest);
    }
}
