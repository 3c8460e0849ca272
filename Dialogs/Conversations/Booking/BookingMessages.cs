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

    /// <summary>
    /// The confirmation card with its text fallback and, when the boutique is known, the .ics: as a file, or on a
    /// channel that takes no file (Instagram) as an "Add to my calendar" button linking to the file the host serves.
    /// </summary>
    public static IMessageActivity Confirmation(ChannelCapabilities channel, Bookings.Booking booking, ConversationServices services, string brandName, string language, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(services);
        var data = CardData(booking, services.Boutiques);
        var message = CardMessage.Create(channel, BookingConfirmationCard.Create(data, language), BookingConfirmationCard.ToText(data, language));
        if (services.Boutiques.FindById(booking.BoutiqueId) is not { } boutique)
        {
            return message;
        }

        // Without a link to give (no public address), the file still goes: a channel that cannot show it leaves it out.
        if (!channel.SendsFiles && services.CalendarLinks?.For(booking, language) is { } link)
        {
            message.Attachments.Add(CalendarLinkCard(booking.Reference, link, language, localizer ?? Localizer.Default));
            return message;
        }

        var calendar = BookingCalendar.ToICalendar(booking, boutique, language, brandName, services.Settings.BookingSlotMinutes, services.Time.GetUtcNow());
        message.Attachments.Add(CalendarAttachment.Create(booking.Reference, calendar));
        return message;
    }

    /// <summary>
    /// The end of the key of the sentence that follows the confirmation ("booking.booked" + it): empty when the .ics
    /// goes as a file, ".link" when a channel that takes no file gets the "Add to my calendar" button, ".none" when
    /// it gets neither (no public address to link to), so the sentence never speaks of a file the customer has not got.
    /// </summary>
    public static string CalendarSentence(ChannelCapabilities channel, Bookings.Booking booking, ConversationServices services, string language)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(services);
        return services.Boutiques.FindById(booking.BoutiqueId) is null ? ".none"
            : channel.SendsFiles ? string.Empty
            : services.CalendarLinks?.For(booking, language) is not null ? ".link"
            : ".none";
    }

    // A hero card: the Messenger renderer draws it as a button template (text and one web_url button) on Instagram.
    private static Attachment CalendarLinkCard(string reference, Uri link, string language, Localizer localizer) => new HeroCard
    {
        Text = localizer.Get(language, "booking.calendarLink.text", new { reference }),
        Buttons = [new CardAction(ActionTypes.OpenUrl, localizer.GetPlain(language, "booking.calendarLink.button"), value: link.ToString())],
    }.ToAttachment();
}
