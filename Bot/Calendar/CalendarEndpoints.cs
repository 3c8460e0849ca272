using System.Text;
using Majordome.Dialogs;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Calendar;

/// <summary>
/// <c>GET /calendar/{reference}.ics?lang=&amp;exp=&amp;sig=</c>: the booking's .ics, the same file Messenger and Web Chat
/// get as an attachment, for a link <see cref="CalendarLinks"/> signed. An expired link answers 403 before any
/// booking is looked up; an unknown reference and a wrong signature answer the same 404, so a link reveals no other
/// booking; a cancelled booking answers 410.
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>The path the links start with, under the public base URL.</summary>
    public const string PathPrefix = "calendar";

    /// <summary>Maps the calendar file endpoint.</summary>
    public static IEndpointRouteBuilder MapCalendarLinks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet($"/{PathPrefix}/{{reference}}.ics", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        string reference, long? exp, string? sig, string? lang,
        CalendarLinkSigner signer, ConversationServices services, IOptions<BrandOptions> brand, HttpContext context)
    {
        if (exp is not { } expires || string.IsNullOrEmpty(sig))
        {
            return Results.NotFound();
        }

        if (services.Time.GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var booking = await services.Bookings.FindAsync(reference, context.RequestAborted);
        if (booking is null || !signer.Verify(booking.Reference, booking.CustomerKey, expires, sig))
        {
            return Results.NotFound();
        }

        if (booking.Status == BookingStatus.Cancelled)
        {
            return Results.StatusCode(StatusCodes.Status410Gone);
        }

        if (services.Boutiques.FindById(booking.BoutiqueId) is not { } boutique)
        {
            return Results.NotFound();
        }

        var language = lang == Languages.English ? Languages.English : Languages.French;
        var calendar = BookingCalendar.ToICalendar(booking, boutique, language, brand.Value.Name, services.Settings.BookingSlotMinutes, services.Time.GetUtcNow());
        // The file holds the customer's name and phone: no shared cache keeps it.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(Encoding.UTF8.GetBytes(calendar), CalendarAttachment.ContentType, $"reservation-{booking.Reference}.ics");
    }
}
