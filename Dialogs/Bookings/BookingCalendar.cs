using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;

namespace Majordome.Dialogs.Bookings;

/// <summary>
/// Writes a booking as an iCalendar (.ics) event the customer adds to their calendar in one tap, with Ical.Net
/// (escaping, 75-octet folding, CRLF line ends); the customer's and the brand's texts are cleaned of control
/// characters first, which RFC 5545 forbids.
/// </summary>
public static class BookingCalendar
{
    /// <summary>
    /// An RFC 5545 VCALENDAR with one VEVENT for <paramref name="booking"/>. Times are in UTC so no VTIMEZONE is
    /// needed; calendar apps show them in the customer's own zone. The UID depends only on the reference, so a
    /// moved booking sent again updates the same event.
    /// </summary>
    /// <param name="booking">The booking.</param>
    /// <param name="boutique">Its boutique, for the location.</param>
    /// <param name="language">"fr" or "en"; French for anything else.</param>
    /// <param name="brandName">The brand's name, <see cref="BrandSettings.Name"/>.</param>
    /// <param name="slotMinutes">The slot length, <see cref="BrandSettings.BookingSlotMinutes"/>: a booking stores only its start.</param>
    /// <param name="stamp">When the file is made (DTSTAMP), from the injected <see cref="TimeProvider"/>.</param>
    public static string ToICalendar(Booking booking, Boutique boutique, string language, string brandName, int slotMinutes, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentException.ThrowIfNullOrWhiteSpace(brandName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotMinutes);
        if (booking.BoutiqueId != boutique.Id)
        {
            throw new ArgumentException($"Booking {booking.Reference} is at '{booking.BoutiqueId}', not '{boutique.Id}': pass the booking's own boutique.", nameof(boutique));
        }

        var english = language == Languages.English;
        var brand = CustomerText.Clean(brandName);
        var calendar = new Ical.Net.Calendar
        {
            ProductId = $"-//{brand}//Majordome//{(english ? "EN" : "FR")}",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{booking.Reference}@{DomainLabel(brandName)}.example",
            DtStamp = Utc(stamp),
            DtStart = Utc(booking.Start),
            DtEnd = Utc(booking.Start.AddMinutes(slotMinutes)),
            Summary = $"{(english ? "Tasting table" : "Table de dégustation")} — {brand}",
            Description = Description(booking, boutique, english),
            Location = $"{CustomerText.Clean(boutique.Name)}, {CustomerText.Clean(boutique.Address.ToString())}",
            GeographicLocation = new GeographicLocation(boutique.Coordinates.Latitude, boutique.Coordinates.Longitude),
            Status = booking.Status == BookingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        });
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException($"Ical.Net wrote no calendar for booking {booking.Reference}.");
    }

    /// <summary>A DATE-TIME in UTC form, "20261128T140000Z", which needs no VTIMEZONE.</summary>
    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime);

    // Each piece is cleaned on its own: the line breaks between them are the description's, the name's are not kept.
    private static string Description(Booking booking, Boutique boutique, bool english)
    {
        var name = CustomerText.Clean(booking.Name);
        var place = $"{CustomerText.Clean(boutique.Name)}, {CustomerText.Clean(boutique.Phone)}";
        return english
            ? $"Booking {booking.Reference}: tasting table for {booking.PartySize} {(booking.PartySize == 1 ? "person" : "people")} under the name {name}.\n"
              + $"{place}.\nTo move or cancel it, write to us quoting {booking.Reference}."
            : $"Réservation {booking.Reference} : table de dégustation pour {booking.PartySize} personne{(booking.PartySize == 1 ? "" : "s")} au nom de {name}.\n"
              + $"{place}.\nPour la déplacer ou l'annuler, écrivez-nous en citant {booking.Reference}.";
    }

    /// <summary>"Maison Tasse" as a host name label, "maison-tasse": UIDs should end with a domain (§3.8.4.7).</summary>
    private static string DomainLabel(string brandName)
    {
        var label = new StringBuilder();
        foreach (var c in brandName.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                label.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && label.Length > 0 && label[^1] != '-')
            {
                label.Append('-');
            }
        }

        return label.ToString().TrimEnd('-') is { Length: > 0 } done ? done : "majordome";
    }
}
