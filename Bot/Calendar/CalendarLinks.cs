using System.Globalization;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Calendar;

/// <summary>
/// Makes the signed public link to a booking's .ics, <c>{Public:BaseUrl}calendar/MT-7K2QX.ics?lang=fr&amp;exp=…&amp;sig=…</c>,
/// served by <see cref="CalendarEndpoints"/>. The link must reach Instagram's customers, so it is built from the
/// configured public address only, never from a request.
/// </summary>
public sealed class CalendarLinks : ICalendarLinks
{
    private readonly CalendarLinkSigner _signer;
    private readonly IOptions<CalendarLinkOptions> _options;
    private readonly IOptions<PublicUrlOptions> _public;
    private readonly TimeProvider _time;

    /// <summary>Creates the link maker.</summary>
    public CalendarLinks(CalendarLinkSigner signer, IOptions<CalendarLinkOptions> options, IOptions<PublicUrlOptions> publicUrl, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(publicUrl);
        ArgumentNullException.ThrowIfNull(time);
        _signer = signer;
        _options = options;
        _public = publicUrl;
        _time = time;
    }

    /// <inheritdoc />
    public Uri? For(Booking booking, string language)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (_public.Value.BaseUri is not { } baseUri)
        {
            return null;
        }

        var expires = _time.GetUtcNow().Add(_options.Value.LinkLifetime).ToUnixTimeSeconds();
        var lang = language == Languages.English ? Languages.English : Languages.French;
        var signature = _signer.Sign(booking.Reference, booking.CustomerKey, expires);
        return new Uri(baseUri, string.Create(CultureInfo.InvariantCulture,
            $"{CalendarEndpoints.PathPrefix}/{Uri.EscapeDataString(booking.Reference)}.ics?lang={lang}&exp={expires}&sig={signature}"));
    }
}
