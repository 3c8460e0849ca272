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

    private static IResult Handshake(HttpContext http, IOptions<MessengerOptions> options, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Reject(logger, StatusCodes.Status404NotFound, "The Messenger channel is not configured (Messenger:AppSecret and Messenger:Pages).");
        }

        if (MetaWebhookRequest.Challenge(http.Request.Query, settings.VerifyToken) is not { } challenge)
        {
            return Reject(logger, StatusCodes.Status403Forbidden, "The verification request does not match the configured verify token.");
        }

        LogVerified(logger);
        return Results.Text(challenge, "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, IOptions<MessengerOptions> options, IOptions<MessengerInboxOptions> inboxOptions, MessengerInbox inbox, PendingMessageEdits edits, InboxSignal signal, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        try
        {
            var settings = options.Value;
            if (!settings.Enabled)
            {
                return Reject(logger, StatusCodes.Status404NotFound, "The Messenger channel is not configured (Messenger:AppSecret and Messenger:Pages).");
            }

            var signed = await MetaWebhookRequest.ReadSignedAsync(http, inboxOptions.Value.MaxBodyBytes, settings.AppSecret).ConfigureAwait(false);
            if (signed.Body is not { } body)
            {
                return Reject(logger, signed.Status, signed.Problem!);
            }

            switch (WebhookParser.Parse(body, settings))
            {
                case WebhookParseResult.Invalid invalid:
                    return Reject(logger, StatusCodes.Status400BadRequest, invalid.Problem);
                case WebhookParseResult.Ignored ignored:
                    LogIgnoredObject(logger, ignored.Object);
                    return Results.Ok();
                case WebhookParseResult.NotConfigured notConfigured:
                    return Reject(logger, StatusCodes.Status404NotFound, $"No configured Page or Instagram account has the id {string.Join(", ", notConfigured.Accounts)}.");
                case WebhookParseResult.Accepted accepted:
                    foreach (var account in accepted.SkippedAccounts)
                    {
                        LogSkippedAccount(logger, account);
                    }

                    // Stored before answering: once Meta has its 200, the events survive a crash.
                    var added = await inbox.AddAsync(accepted.Events, http.RequestAborted).ConfigureAwait(false);
                    LogAccepted(logger, accepted.Events.Count, added);

                    // An edit of a message still waiting for its turn: the turn answers the new text.
                    if (await edits.ApplyAsync(accepted.Events, http.RequestAborted).ConfigureAwait(false) is > 0 and var edited)
                    {
                        LogEditedBeforeTurn(logger, edited);
                    }

                    if (added > 0)
                    {
                        signal.Notify();
                    }

                    return Results.Text("EVENT_RECEIVED", "text/plain", Encoding.UTF8);
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
            // Not acknowledged, so Meta delivers it again; the customer never sees this.
            LogFailed(logger, ex);
            return Results.Problem(detail: "The notification could not be stored; it will be accepted when redelivered.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Reject(ILogger logger, int status, string detail)
    {
        LogRejected(logger, status, detail);
        return Results.Problem(detail: detail, statusCode: status, title: "Messenger webhook request refused");
    }

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(MessengerWebhookEndpoints).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to /api/messenger with {Status}: {Detail}")]
    private static partial void LogRejected(ILogger logger, int status, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger webhook: {Count} stored message(s) edited before their turn ran")]
    private static partial void LogEditedBeforeTurn(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger webhook verified by Meta")]
    private static partial void LogVerified(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a webhook for object {Object}, which Majordome does not handle")]
    private static partial void LogIgnoredObject(ILogger logger, string @object);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored the events of account {AccountId}, which is not configured in Messenger:Pages")]
    private static partial void LogSkippedAccount(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Accepted {Count} Messenger events ({Added} new)")]
    private static partial void LogAccepted(ILogger logger, int count, int added);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Messenger webhook could not be stored")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
