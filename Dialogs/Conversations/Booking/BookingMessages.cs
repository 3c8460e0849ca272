using Majordome.Cards.Bookings;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>How a booking is shown: in its boutique's time, as a confirmation card, with its calendar file.</summary>
public static class BookingMessages
{
    /// <summary>The booking's start on its boutique's clock (what the customer reads), or as stored if the boutique is gone.</summary>
    public static DateTimeOffset LocalTime(Bookings.Booking booking, IBoutiqueDirectory boutiques)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(boutiques);
        return boutiques.FindById(booking.BoutiqueId) is { } boutique
            ? TimeZoneInfo.ConvertTime(booking.Start, TimeZones.Get(boutique.TimeZoneId))
            : booking.Start;
    }

    /// <summary>The confirmation card's data.</summary>
    public static BookingConfirmationCardData CardData(Bookings.Booking booking, IBoutiqueDirectory boutiques)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(boutiques);
        var boutique = boutiques.FindById(booking.BoutiqueId);
        return new BookingConfirmationCardData(
            booking.Reference, boutique?.Name ?? booking.BoutiqueId, boutique?.Address.ToString() ?? string.Empty, LocalTime(booking, boutiques), booking.PartySize);
    }

    /// <summary>The confirmation card with its text fallback and, when the boutique is known, the .ics file.</summary>
    public static IMessageActivity Confirmation(ChannelCapabilities channel, Bookings.Booking booking, ConversationServices services, string brandName, string language)
    {
        ArgumentNullException.ThrowIfNull(services);
        var data = CardData(booking, services.Boutiques);
        var message = CardMessage.Create(channel, BookingConfirmationCard.Create(data, language), BookingConfirmationCard.ToText(data, language));
        if (services.Boutiques.FindById(booking.BoutiqueId) is { } boutique)
        {
            var calendar = BookingCalendar.ToICalendar(booking, boutique, language, brandName, services.Settings.BookingSlotMinutes, services.Time.GetUtcNow());
            message.Attachments.Add(CalendarAttachment.Create(booking.Reference, calendar));
        }

        return message;
    }
}
