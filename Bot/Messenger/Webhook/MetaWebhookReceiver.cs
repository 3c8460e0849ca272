using System.Text;
using Majordome.Bot.Messenger.Inbox;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>
/// The GET handshake and the POST pipeline every Meta webhook runs the same way (Messenger and Instagram on
/// <c>/api/messenger</c>, WhatsApp on <c>/api/whatsapp</c>): refuse when the channel is not configured, check the
/// signature over the raw bytes, parse with the channel's parser, store the events in the shared inbox before
/// answering (so a crash cannot lose them and a redelivery is stored once), wake the inbox, and acknowledge. An
/// unexpected failure is not acknowledged, so Meta delivers the notification again. The channels differ only in
/// their <see cref="MetaWebhookChannel"/> description, their parser and what runs after the events are stored.
/// </summary>
internal static partial class MetaWebhookReceiver
{
    /// <summary>Answers Meta's subscription handshake: the challenge, or a refusal.</summary>
    internal static IResult Handshake(HttpContext http, MetaWebhookChannel channel, bool enabled, string verifyToken, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(channel);
        if (!enabled)
        {
            return Reject(logger, channel, StatusCodes.Status404NotFound, channel.NotConfigured);
        }

        if (MetaWebhookRequest.Challenge(http.Request.Query, verifyToken) is not { } challenge)
        {
            return Reject(logger, channel, StatusCodes.Status403Forbidden, "The verification request does not match the configured verify token.");
        }

        LogVerified(logger, channel.Name);
        return Results.Text(challenge, "text/plain", Encoding.UTF8);
    }

    /// <summary>Receives one notification: checked, parsed, stored, acknowledged.</summary>
    /// <param name="http">The request.</param>
    /// <param name="channel">The channel's names, refusals and acknowledgement.</param>
    /// <param name="enabled">Whether the channel is configured.</param>
    /// <param name="appSecret">The app secret the signature is made with.</param>
    /// <param name="maxBodyBytes">The largest body accepted (413 beyond).</param>
    /// <param name="parse">The channel's parser of a signed body.</param>
    /// <param name="inbox">Where the events are stored.</param>
    /// <param name="signal">Wakes the inbox when something new was stored.</param>
    /// <param name="logger">The channel endpoint's logger.</param>
    /// <param name="afterStored">What the channel does once the events are stored (Messenger: apply message edits).</param>
    internal static async Task<IResult> ReceiveAsync(
        HttpContext http,
        MetaWebhookChannel channel,
        bool enabled,
        string appSecret,
        int maxBodyBytes,
        Func<byte[], WebhookParseResult> parse,
        MessengerInbox inbox,
        InboxSignal signal,
        ILogger logger,
        Func<IReadOnlyList<WebhookEvent>, CancellationToken, Task>? afterStored = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(signal);
        try
        {
            if (!enabled)
            {
                return Reject(logger, channel, StatusCodes.Status404NotFound, channel.NotConfigured);
            }

            var signed = await MetaWebhookRequest.ReadSignedAsync(http, maxBodyBytes, appSecret).ConfigureAwait(false);
            if (signed.Body is not { } body)
            {
                return Reject(logger, channel, signed.Status, signed.Problem!);
            }

            switch (parse(body))
            {
                case WebhookParseResult.Invalid invalid:
                    return Reject(logger, channel, StatusCodes.Status400BadRequest, invalid.Problem);
                case WebhookParseResult.Ignored ignored:
                    LogIgnoredObject(logger, channel.Name, ignored.Object);
                    return Results.Ok();
                case WebhookParseResult.NotConfigured notConfigured:
                    return Reject(logger, channel, StatusCodes.Status404NotFound, $"No configured {channel.AccountKind} has the id {string.Join(", ", notConfigured.Accounts)}.");
                case WebhookParseResult.Accepted accepted:
                    foreach (var account in accepted.SkippedAccounts)
                    {
                        LogSkippedAccount(logger, channel.AccountKind, account, channel.AccountsSetting);
                    }

                    // Stored before answering: once Meta has its 200, the events survive a crash.
                    var added = await inbox.AddAsync(accepted.Events, http.RequestAborted).ConfigureAwait(false);
                    LogAccepted(logger, accepted.Events.Count, channel.Name, added);
                    if (afterStored is not null)
                    {
                        await afterStored(accepted.Events, http.RequestAborted).ConfigureAwait(false);
                    }

                    if (added > 0)
                    {
                        signal.Notify();
                    }

                    return channel.Acknowledgement();
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
            LogFailed(logger, ex, channel.Name);
            return Results.Problem(detail: "The notification could not be stored; it will be accepted when redelivered.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult Reject(ILogger logger, MetaWebhookChannel channel, int status, string detail)
    {
        LogRejected(logger, channel.Path, status, detail);
        return Results.Problem(detail: detail, statusCode: status, title: $"{channel.Name} webhook request refused");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Path} with {Status}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string path, int status, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} webhook verified by Meta")]
    private static partial void LogVerified(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a {Channel} webhook for object {Object}, which Majordome does not handle")]
    private static partial void LogIgnoredObject(ILogger logger, string channel, string @object);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored the events of {AccountKind} {AccountId}, which is not configured in {Setting}")]
    private static partial void LogSkippedAccount(ILogger logger, string accountKind, string accountId, string setting);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Accepted {Count} {Channel} events ({Added} new)")]
    private static partial void LogAccepted(ILogger logger, int count, string channel, int added);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Channel} webhook could not be stored")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channel);
}

/// <summary>How one Meta webhook channel names itself to <see cref="MetaWebhookReceiver"/>.</summary>
/// <param name="Name">"Messenger", "WhatsApp": in logs and refusal titles.</param>
/// <param name="Path">The webhook's path, in the refusal log.</param>
/// <param name="NotConfigured">The refusal when the channel is not configured, naming the settings to set.</param>
/// <param name="AccountKind">What an account is on this channel ("Page or Instagram account", "WhatsApp number").</param>
/// <param name="AccountsSetting">Where the accounts are configured ("Messenger:Pages").</param>
/// <param name="Acknowledgement">The 200 Meta gets once the events are stored.</param>
internal sealed record MetaWebhookChannel(string Name, string Path, string NotConfigured, string AccountKind, string AccountsSetting, Func<IResult> Acknowledgement);
