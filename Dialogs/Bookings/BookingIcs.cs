using System.Globalization;
using System.Text;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Bookings;

/// <summary>
/// An iCalendar (RFC 5545) event for a booking, so the customer adds it to their calendar in one tap. Times are
/// in UTC ("Z"), which every calendar converts, so no time-zone block is needed; text is escaped and lines are
/// folded at 75 octets as the RFC requires.
/// </summary>
public static class BookingIcs
{
    /// <summary>The .ics text of the booking.</summary>
    public static string Create(Booking booking, Boutique boutique, BrandSettings settings, string brandName, string language, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(boutique);
        ArgumentNullException.ThrowIfNull(settings);
        var english = language == Languages.English;
        var summary = english ? $"Tasting table – {brandName}" : $"Table de dégustation – {brandName}";
        var description = english
            ? $"Booking {booking.Reference} for {booking.PartySize} under the name {booking.Name}."
            : $"Réservation {booking.Reference} pour {booking.PartySize} au nom de {booking.Name}.";
        var lines = new[]
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{brandName}//Majordome//{(english ? "EN" : "FR")}",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{booking.Reference}@majordome",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(booking.Start)}",
            $"DTEND:{Utc(booking.Start.AddMinutes(settings.BookingSlotMinutes))}",
            $"SUMMARY:{Escape(summary)}",
            $"DESCRIPTION:{Escape(description)}",
            $"LOCATION:{Escape($"{boutique.Name}, {boutique.Address}")}",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>The .ics as a message attachment.</summary>
    public static Attachment ToAttachment(string ics, string reference) => new()
    {
        ContentType = "text/calendar",
        ContentUrl = "data:text/calendar;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(ics)),
        Name = $"reservation-{reference}.ics",
    };

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Writes the line, folded so that no line exceeds 75 octets, never splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder builder, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        builder.Append("\r\n");
    }
}
