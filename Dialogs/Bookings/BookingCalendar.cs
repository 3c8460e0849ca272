using System.Globalization;
using System.Text;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Bookings;

/// <summary>Writes a booking as an iCalendar (.ics) event the customer adds to their calendar in one tap.</summary>
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
        var coordinates = string.Create(CultureInfo.InvariantCulture, $"{boutique.Coordinates.Latitude};{boutique.Coordinates.Longitude}");
        return ICalendarText.Join(
        [
            "BEGIN:VCALENDAR",
            $"PRODID:-//{brandName}//Majordome//{(english ? "EN" : "FR")}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{booking.Reference}@{DomainLabel(brandName)}.example",
            $"DTSTAMP:{ICalendarText.Utc(stamp)}",
            $"DTSTART:{ICalendarText.Utc(booking.Start)}",
            $"DTEND:{ICalendarText.Utc(booking.Start.AddMinutes(slotMinutes))}",
            $"SUMMARY:{ICalendarText.Escape($"{(english ? "Tasting table" : "Table de dégustation")} — {brandName}")}",
            $"DESCRIPTION:{ICalendarText.Escape(Description(booking, boutique, english))}",
            $"LOCATION:{ICalendarText.Escape($"{boutique.Name}, {boutique.Address}")}",
            $"GEO:{coordinates}",
            $"STATUS:{(booking.Status == BookingStatus.Cancelled ? "CANCELLED" : "CONFIRMED")}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]);
    }

    private static string Description(Booking booking, Boutique boutique, bool english) => english
        ? $"Booking {booking.Reference}: tasting table for {booking.PartySize} {(booking.PartySize == 1 ? "person" : "people")} under the name {booking.Name}.\n"
          + $"{boutique.Name}, {boutique.Phone}.\nTo move or cancel it, write to us quoting {booking.Reference}."
        : $"Réservation {booking.Reference} : table de dégustation pour {booking.PartySize} personne{(booking.PartySize == 1 ? "" : "s")} au nom de {booking.Name}.\n"
          + $"{boutique.Name}, {boutique.Phone}.\nPour la déplacer ou l'annuler, écrivez-nous en citant {booking.Reference}.";

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
