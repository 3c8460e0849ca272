using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>
/// <c>/api/messenger</c>: Meta's webhook for Messenger (<c>object: "page"</c>) and Instagram
/// (<c>object: "instagram"</c>). GET is the subscription handshake; POST checks the signature over the raw bytes,
/// stores every event in the inbox, and answers 200 before any processing, well inside Meta's 5-second deadline.
/// </summary>
public static partial class MessengerWebhookEndpoints
{
    /// <summary>The webhook's path, to paste in the App Dashboard after the public base URL.</summary>
    public const string Path = "/api/messenger";

    /// <summary>Maps GET and POST <see cref="Path"/>.</summary>
    public static IEndpointRouteBuilder MapMessengerWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, Handshake);
        endpoints.MapPost(Path, ReceiveAsync);
        return endpoints;
    }

    // What this webhook says of itself in refusals and logs; the pipeline is MetaWebhookReceiver's.
    private static readonly MetaWebhookChannel Channel = new(
        "Messenger",
        Path,
        "The Messenger channel is not configured (Messenger:AppSecret and Messenger:Pages).",
        "Page or Instagram account",
        "Messenger:Pages",
        () => Results.Text("EVENT_RECEIVED", "text/plain", Encoding.UTF8));

    private static IResult Handshake(HttpContext http, IOptions<MessengerOptions> options, ILoggerFactory loggers) =>
        MetaWebhookReceiver.Handshake(http, Channel, options.Value.Enabled, options.Value.VerifyToken, Logger(loggers));

    private static Task<IResult> ReceiveAsync(HttpContext http, IOptions<MessengerOptions> options, IOptions<MessengerInboxOptions> inboxOptions, MessengerInbox inbox, PendingMessageEdits edits, InboxSignal signal, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var settings = options.Value;
        return MetaWebhookReceiver.ReceiveAsync(http, Channel, settings.Enabled, settings.AppSecret, inboxOptions.Value.MaxBodyBytes, body => WebhookParser.Parse(body, settings), inbox, signal, logger, async (events, cancellationToken) =>
        {
            // An edit of a message still waiting for its turn: the turn answers the new text.
            if (await edits.ApplyAsync(events, cancellationToken).ConfigureAwait(false) is > 0 and var edited)
            {
                LogEditedBeforeTurn(logger, edited);
            }
        });
    }

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(MessengerWebhookEndpoints).FullName!);

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger webhook: {Count} stored message(s) edited before their turn ran")]
    private static partial void LogEditedBeforeTurn(ILogger logger, int count);
}
