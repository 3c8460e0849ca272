using System.Globalization;
using Majordome.Cards.Bookings;
using Majordome.Cards.Localization;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations.Booking;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// The day before a tasting: when, where (the address) and for how many, with the booking card whose "cancel" and
/// "move" buttons open the customer's bookings as they do on the confirmation. Nothing when the booking was cancelled
/// or moved since (a moved booking has its own reminder).
/// </summary>
public sealed class BookingReminderComposer : IProactiveMessageComposer
{
    private readonly IBookingStore _bookings;
    private readonly IBoutiqueDirectory _boutiques;
    private readonly IChannelRegistry? _channels;
    private readonly Localizer _localizer;
    private readonly AnticipationOptions _options;

    /// <summary>Creates the composer.</summary>
    public BookingReminderComposer(IBookingStore bookings, IBoutiqueDirectory boutiques, IOptions<AnticipationOptions> options, IChannelRegistry? channels = null, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(boutiques);
        ArgumentNullException.ThrowIfNull(options);
        _bookings = bookings;
        _boutiques = boutiques;
        _options = options.Value;
        _channels = channels;
        _localizer = localizer ?? Localizer.Default;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.BookingReminder;

    /// <inheritdoc />
    public async Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(culture);
        if (await BookingStillStands.FindAsync(_bookings, job, cancellationToken).ConfigureAwait(false) is not { } booking)
        {
            return null;
        }

        var language = Languages.FromLocale(culture.Name) ?? Languages.French;
        var data = BookingMessages.CardData(booking, _boutiques);
        var when = CardFormat.DateTime(data.Start, language);
        var text = MessageFactory.Text(_localizer.Get(language, "bookingReminder.text", new { boutique = data.BoutiqueName, when, party = booking.PartySize, address = data.BoutiqueAddress }));
        var channel = _channels?.Find(job.Request.To.ChannelId) ?? ChannelCapabilities.Unknown;
        var card = CardMessage.Create(channel, BookingConfirmationCard.Create(data, language), BookingConfirmationCard.ToText(data, language));
        return new ProactiveMessage(
            ProactiveCategory.Utility,
            [text, card],
            new ProactiveTemplate(_options.BookingReminderTemplate, language, [data.BoutiqueName, when, data.BoutiqueAddress]));
    }
}
