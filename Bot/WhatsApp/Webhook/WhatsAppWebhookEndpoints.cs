using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.WhatsApp.Webhook;

/// <summary>
/// <c>/api/whatsapp</c>: Meta's webhook for the WhatsApp Cloud API. The same handshake and signature as Messenger
/// (<see cref="MetaWebhookReceiver"/>, <see cref="WebhookSignature"/>); the events are stored in the shared inbox before
/// the 200, so a crash cannot lose them and a redelivery is stored once.
/// </summary>
public static class WhatsAppWebhookEndpoints
{
    /// <summary>The webhook's path, to paste in the App Dashboard (WhatsApp → Configuration) after the public base URL.</summary>
    public const string Path = "/api/whatsapp";

    /// <summary>Maps GET and POST <see cref="Path"/>.</summary>
    public static IEndpointRouteBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, Handshake);
        endpoints.MapPost(Path, ReceiveAsync);
        return endpoints;
    }

    // What this webhook says of itself in refusals and logs; the pipeline is MetaWebhookReceiver's.
    private static readonly MetaWebhookChannel Channel = new(
        "WhatsApp",
        Path,
        "The WhatsApp channel is not configured (WhatsApp:AppSecret and WhatsApp:PhoneNumbers).",
        "WhatsApp number",
        "WhatsApp:PhoneNumbers",
        () => Results.Ok());

    private static IResult Handshake(HttpContext http, IOptions<WhatsAppOptions> options, ILoggerFactory loggers) =>
        MetaWebhookReceiver.Handshake(http, Channel, options.Value.Enabled, options.Value.VerifyToken, Logger(loggers));

    private static Task<IResult> ReceiveAsync(HttpContext http, IOptions<WhatsAppOptions> options, IOptions<MessengerInboxOptions> inboxOptions, MessengerInbox inbox, InboxSignal signal, ILoggerFactory loggers)
    {
        var settings = options.Value;
        return MetaWebhookReceiver.ReceiveAsync(http, Channel, settings.Enabled, settings.AppSecret, inboxOptions.Value.MaxBodyBytes, body => WhatsAppWebhookParser.Parse(body, settings), inbox, signal, Logger(loggers));
    }

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(WhatsAppWebhookEndpoints).FullName!);
}
