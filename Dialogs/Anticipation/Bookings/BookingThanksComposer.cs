using System.Globalization;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// The day after a tasting: thanks, and the feedback question with two buttons whose answers go to the feedback log
/// (see <see cref="BookingFeedback"/>). Nothing when the booking was cancelled or moved since.
/// </summary>
public sealed class BookingThanksComposer : IProactiveMessageComposer
{
    private readonly IBookingStore _bookings;
    private readonly IBoutiqueDirectory _boutiques;
    private readonly Localizer _localizer;
    private readonly AnticipationOptions _options;

    /// <summary>Creates the composer.</summary>
    public BookingThanksComposer(IBookingStore bookings, IBoutiqueDirectory boutiques, IOptions<AnticipationOptions> options, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(boutiques);
        ArgumentNullException.ThrowIfNull(options);
        _bookings = bookings;
        _boutiques = boutiques;
        _options = options.Value;
        _localizer = localizer ?? Localizer.Default;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.BookingThanks;

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
        var boutique = _boutiques.FindById(booking.BoutiqueId)?.Name ?? booking.BoutiqueId;
        var message = MessageFactory.Text(_localizer.Get(language, "bookingThanks.text", new { boutique }));
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [Button(language, "bookingThanks.liked", booking.Reference, liked: true), Button(language, "bookingThanks.notLiked", booking.Reference, liked: false)],
        };
        return new ProactiveMessage(ProactiveCategory.Utility, [message], new ProactiveTemplate(_options.BookingThanksTemplate, language, [boutique]));
    }

    // messageBack: the title shows as the customer's message, the value says which booking and which answer.
    private CardAction Button(string language, string key, string reference, bool liked)
    {
        var title = _localizer.Get(language, key);
        return new CardAction(ActionTypes.MessageBack, title, text: title, displayText: title, value: BookingFeedback.Value(reference, liked));
    }
}
