using System.Text;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.WhatsApp.Webhook;

/// <summary>
/// <c>/api/whatsapp</c>: Meta's webhook for the WhatsApp Cloud API. The same handshake and signature as Messenger
/// (<see cref="MetaWebhookRequest"/>, <see cref="WebhookSignature"/>); the events are stored in the shared inbox before
/// the 200, so a crash cannot lose them and a redelivery is stored once.
/// </summary>
public static partial class WhatsAppWebhookEndpoints
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

    private static IResult Handshake(HttpContext http, IOptions<WhatsAppOptions> options, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        if (!options.Value.Enabled)
        {
            return Reject(logger, StatusCodes.Status404NotFound, "The WhatsApp channel is not configured (WhatsApp:AppSecret and WhatsApp:PhoneNumbers).");
        }

        if (MetaWebhookRequest.Challenge(http.Request.Query, options.Value.VerifyToken) is not { } challenge)
        {
            return Reject(logger, StatusCodes.Status403Forbidden, "The verification request does not match the configured verify token.");
        }

        LogVerified(logger);
        return Results.Text(challenge, "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, IOptions<WhatsAppOptions> options, IOptions<MessengerInboxOptions> inboxOptions, MessengerInbox inbox, InboxSignal signal, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        try
        {
            var settings = options.Value;
            if (!settings.Enabled)
            {
                return Reject(logger, StatusCodes.Status404NotFound, "The WhatsApp channel is not configured (WhatsApp:AppSecret and WhatsApp:PhoneNumbers).");
            }

            var signed = await MetaWebhookRequest.ReadSignedAsync(http, inboxOptions.Value.MaxBodyBytes, settings.AppSecret).ConfigureAwait(false);
            if (signed.Body is not { } body)
            {
                return Reject(logger, signed.Status, signed.Problem!);
            }

            switch (WhatsAppWebhookParser.Parse(body, settings))
            {
                case WebhookParseResult.Invalid invalid:
                    return Reject(logger, StatusCodes.Status400BadRequest, invalid.Problem);
                case WebhookParseResult.Ignored ignored:
                    LogIgnoredObject(logger, ignored.Object);
                    return Results.Ok();
                case WebhookParseResult.NotConfigured notConfigured:
                    return Reject(logger, StatusCodes.Status404NotFound, $"No configured WhatsApp number has the id {string.Join(", ", notConfigured.Accounts)}.");
                case WebhookParseResult.Accepted accepted:
                    foreach (var number in accepted.SkippedAccounts)
                    {
                        LogSkippedNumber(logger, number);
                    }

                    // Stored before answering: once Meta has its 200, the events survive a crash.
                    var added = await inbox.AddAsync(accepted.Events, http.RequestAborted).ConfigureAwait(false);
                    LogAccepted(logger, accepted.Events.Count, added);
                    if (added > 0)
                    {
                        signal.Notify();
                    }

                    return Results.Ok();
                default:
                    throw new InvalidOperationException("Unexpected parse result.");
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // Meta gave up on this delivery and will retry it; nothing was acknowledged.
            return Results.StatusCode(499);
        }
        catch (Exception ex)
        {
            // Not acknowledged, so Meta delivers it again (for up to 7 days); the customer never sees this.
            LogFailed(logger, ex);
            return Results.Problem(detail: "The notification could not be stored; it will be accepted when redelivered.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Reject(ILogger logger, int status, string detail)
    {
        LogRejected(logger, status, detail);
        return Results.Problem(detail: detail, statusCode: status, title: "WhatsApp webhook request refused");
    }

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(WhatsAppWebhookEndpoints).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to /api/whatsapp with {Status}: {Detail}")]
    private static partial void LogRejected(ILogger logger, int status, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp webhook verified by Meta")]
    private static partial void LogVerified(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a WhatsApp webhook for object {Object}")]
    private static partial void LogIgnoredObject(ILogger logger, string @object);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored the events of WhatsApp number {PhoneNumberId}, which is not configured in WhatsApp:PhoneNumbers")]
    private static partial void LogSkippedNumber(ILogger logger, string phoneNumberId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Accepted {Count} WhatsApp events ({Added} new)")]
    private static partial void LogAccepted(ILogger logger, int count, int added);

    [LoggerMessage(Level = LogLevel.Error, Message = "A WhatsApp webhook could not be stored")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
