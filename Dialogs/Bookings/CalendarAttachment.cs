using System.Text;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Bookings;

/// <summary>Sends a booking's .ics file in the conversation.</summary>
public static class CalendarAttachment
{
    /// <summary>The .ics media type (RFC 5545 §8.1).</summary>
    public const string ContentType = "text/calendar";

    /// <summary>
    /// <paramref name="calendar"/> (from <see cref="BookingCalendar.ToICalendar"/>) as an attachment named
    /// "reservation-MT-XXXXX.ics". Inlined as a data URI because the bot hosts no file server, and UTF-8 without a
    /// byte-order mark, which some calendar apps reject.
    /// </summary>
    /// <param name="reference">The booking reference, "MT-7K2QX".</param>
    /// <param name="calendar">The iCalendar text.</param>
    public static Attachment Create(string reference, string calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentNullException.ThrowIfNull(calendar);

        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(calendar));
        return new Attachment
        {
            ContentType = ContentType,
            ContentUrl = $"data:{ContentType};base64,{base64}",
            Name = $"reservation-{reference}.ics",
        };
    }
}
