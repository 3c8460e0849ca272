using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Majordome.Bot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// The Direct Line 3.0 API (tokens, conversations, posting and getting activities, the WebSocket stream and
/// reconnecting to it), so Web Chat and botframework-directlinejs talk to the bot without Azure. Requests are
/// rate-limited per IP address (not those made with the secret, i.e. by a site's server) and messages per
/// conversation.
/// </summary>
public static partial class DirectLineEndpoints
{
    /// <summary>Activities larger than this are refused with 413.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The longest user id accepted.</summary>
    public const int MaxUserIdLength = 128;

    /// <summary>The CORS policy of the Direct Line routes: any origin, since credentials are bearer tokens, never cookies.</summary>
    public const string CorsPolicy = "directline";

    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore, DateParseHandling = DateParseHandling.DateTimeOffset };

    // Built once: a serializer caches what it learns of each type, which a new one per request throws away.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Json);

    private const string WatermarkAhead = "watermark is ahead of the conversation: use one returned by a previous GET.";

    /// <summary>Maps the endpoints under <c>/v3/directline</c>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        return endpoints;
    }

    /// <summary>
    /// Starts <paramref name="conversationId"/> if it is new and, when it is, tells the bot the visitor joined
    /// (a conversationUpdate in <paramref name="locale"/>), so the greeting is waiting when the client first reads.
    /// Used by POST /conversations and by the chat page's token endpoint.
    /// </summary>
    internal static async Task<DirectLineStartResult> StartAsync(HttpContext http, string conversationId, string? userId, string? locale, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var store = services.GetRequiredService<IDirectLineConversations>();
        var started = await store.StartAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (started != DirectLineStartResult.Created)
        {
            return started;
        }

        var user = new ChannelAccount(await store.PinUserAsync(conversationId, userId, cancellationToken).ConfigureAwait(false), role: RoleTypes.User);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineAdapter.ChannelId,
            Conversation = new ConversationAccount(id: conversationId),
            From = user,
            Recipient = DirectLineAdapter.BotAccount,
            MembersAdded = [user],
            Locale = locale,
            ServiceUrl = services.GetRequiredService<PublicAddress>().BaseFor(http).ToString(),
            Timestamp = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };

        // The update itself is for the bot only: clients see the greeting it causes, not the update. Once started,
        // the greeting's turn runs to the end whatever the client does.
        var locks = services.GetRequiredService<ConversationLocks>();
        using (await locks.AcquireAsync($"directline-turn/{conversationId}", cancellationToken).ConfigureAwait(false))
        {
            await services.GetRequiredService<DirectLineAdapter>().ProcessActivityAsync(update, services.GetRequiredService<IBot>(), CancellationToken.None).ConfigureAwait(false);
        }

        return started;
    }

    private static async Task GenerateTokenAsync(HttpContext http, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, DirectLineRateLimiter limits, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var auth = Authenticate(http, options.Value, tokens);
        if (await RefuseAsync(http, logger, auth, limits).ConfigureAwait(false))
        {
            return;
        }

        if (!auth.IsSecret)
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, "Tokens are generated with the secret, not with a token (use /tokens/refresh).").ConfigureAwait(false);
            return;
        }

        // Optional body { "user": { "id": "..." }, "locale": "en-US" } binds the token to a user, as Direct Line
        // does, and names the visitor's language for the greeting.
        var (body, bodyProblem) = await ReadJsonAsync(http, 4096, optional: true).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            await RejectAsync(http, logger, bodyProblem.Status, bodyProblem.Detail).ConfigureAwait(false);
            return;
        }

        string? userId = null;
        if (body?["user"]?["id"] is { } id)
        {
            if (id is not JValue { Type: JTokenType.String } || UserIdProblem(id.Value<string>()) is not null)
            {
                await RejectAsync(http, logger, StatusCodes.Status400BadRequest, $"user.id must be a string of 1 to {MaxUserIdLength} printable characters.").ConfigureAwait(false);
                return;
            }

            userId = id.Value<string>();
        }

        if (LocaleProblem(body) is { } localeProblem)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, localeProblem).ConfigureAwait(false);
            return;
        }

        var token = tokens.Issue(DirectLineConversationStore.NewConversationId(), userId, body?.Value<string>("locale"));
        await WriteTokenAsync(http, token, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task RefreshTokenAsync(HttpContext http, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, DirectLineRateLimiter limits, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var auth = Authenticate(http, options.Value, tokens);
        if (await RefuseAsync(http, logger, auth, limits).ConfigureAwait(false))
        {
            return;
        }

        if (auth.IsSecret)
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, "Refresh a token with that token, not with the secret.").ConfigureAwait(false);
            return;
        }

        await WriteTokenAsync(http, tokens.Issue(auth.ConversationId!, auth.UserId, auth.Locale), StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task StartConversationAsync(HttpContext http, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, DirectLineRateLimiter limits, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var auth = Authenticate(http, options.Value, tokens);
        if (await RefuseAsync(http, logger, auth, limits).ConfigureAwait(false))
        {
            return;
        }

        // directlinejs sends { "user": { "id": ... }, "locale": ... }: the locale is the visitor's language for
        // the greeting; the user id is not trusted (see PostActivityAsync).
        var (body, bodyProblem) = await ReadJsonAsync(http, 4096, optional: true).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            await RejectAsync(http, logger, bodyProblem.Status, bodyProblem.Detail).ConfigureAwait(false);
            return;
        }

        if (LocaleProblem(body) is { } localeProblem)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, localeProblem).ConfigureAwait(false);
            return;
        }

        var locale = body?.Value<string>("locale") ?? auth.Locale;
        var conversationId = auth.ConversationId ?? DirectLineConversationStore.NewConversationId();
        var started = await StartAsync(http, conversationId, auth.UserId, locale, http.RequestAborted).ConfigureAwait(false);
        if (started == DirectLineStartResult.Full)
        {
            http.Response.Headers.RetryAfter = "60";
            await RejectAsync(http, logger, StatusCodes.Status503ServiceUnavailable, "Too many conversations are open, or their history is too large: try again in a minute.").ConfigureAwait(false);
            return;
        }

        LogStarted(logger, conversationId, started == DirectLineStartResult.Created);
        var token = tokens.Issue(conversationId, auth.UserId, locale);
        await WriteConversationAsync(http, token, null, tokens, started == DirectLineStartResult.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task ReconnectAsync(HttpContext http, string conversationId, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, IDirectLineConversations store, DirectLineRateLimiter limits, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        if (await AuthorizeAsync(http, logger, conversationId, options.Value, tokens, store, limits).ConfigureAwait(false) is not { } auth)
        {
            return;
        }

        var watermark = await ParseWatermarkAsync(http, store, conversationId).ConfigureAwait(false);
        if (watermark.Problem is { } problem)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        // As Direct Line does, the same token comes back (with the secret, a token for the conversation).
        var token = auth.IsSecret ? tokens.Issue(conversationId) : new DirectLineToken(auth.Token!, conversationId, auth.UserId, (int)options.Value.TokenLifetime.TotalSeconds, auth.Locale);
        await WriteConversationAsync(http, token, watermark.Watermark, tokens, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task StreamAsync(HttpContext http, string conversationId, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, IDirectLineConversations store, IDirectLineStreamTickets tickets, DirectLineRateLimiter limits, TimeProvider time, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        if (limits.Request(http.Connection.RemoteIpAddress) is { } retryAfter)
        {
            await DirectLineRateLimiter.RejectAsync(http, retryAfter, "Too many requests from this address: slow down.").ConfigureAwait(false);
            return;
        }

        // Browsers cannot set headers on a WebSocket: the stream token travels in the URL, so it is short-lived
        // and good for nothing but opening this stream.
        var validation = tokens.Validate(http.Request.Query["t"].ToString());
        var problem = validation switch
        {
            { Status: DirectLineTokenStatus.Expired } => new Problem(StatusCodes.Status403Forbidden, "The stream URL has expired: get a new one with GET /v3/directline/conversations/{id}."),
            { Status: not DirectLineTokenStatus.Valid } or { Kind: not DirectLineTokenKind.Stream } => new Problem(StatusCodes.Status403Forbidden, "The stream URL's token is not valid."),
            _ when !string.Equals(validation.ConversationId, conversationId, StringComparison.Ordinal) => new Problem(StatusCodes.Status403Forbidden, "The token is for another conversation."),
            _ => null,
        };
        if (problem is null && !await store.ExistsAsync(conversationId, http.RequestAborted).ConfigureAwait(false))
        {
            problem = new Problem(StatusCodes.Status404NotFound, "Unknown conversation: start it with POST /v3/directline/conversations.");
        }

        problem ??= validation switch
        {
            _ when !http.WebSockets.IsWebSocketRequest => new Problem(StatusCodes.Status400BadRequest, "The stream is a WebSocket: open it with a WebSocket client."),
            { Nonce: null } => new Problem(StatusCodes.Status403Forbidden, "The stream URL's token is not valid."),
            _ => null,
        };

        var watermark = await ParseWatermarkAsync(http, store, conversationId).ConfigureAwait(false);
        problem ??= watermark.Problem is { } watermarkProblem ? new Problem(StatusCodes.Status400BadRequest, watermarkProblem) : null;
        if (problem is null && !await tickets.TryUseAsync(validation.Nonce!, validation.ExpiresAt!.Value, http.RequestAborted).ConfigureAwait(false))
        {
            problem = new Problem(StatusCodes.Status403Forbidden, "This stream URL was already used: a stream URL opens one socket. Get a new one with GET /v3/directline/conversations/{id}.");
        }

        if (problem is not null)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        LogStreamOpened(logger, conversationId, watermark.Watermark);
        await DirectLineStream.RunAsync(socket, store, conversationId, watermark.Watermark, options.Value.KeepAliveInterval, time, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task PostActivityAsync(
        HttpContext http,
        string conversationId,
        IOptions<DirectLineOptions> options,
        DirectLineTokenService tokens,
        IDirectLineConversations store,
        DirectLineAdapter adapter,
        DirectLineRateLimiter limits,
        PublicAddress publicAddress,
        IBot bot,
        ConversationLocks locks,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        if (await AuthorizeAsync(http, logger, conversationId, options.Value, tokens, store, limits).ConfigureAwait(false) is not { } auth)
        {
            return;
        }

        if (limits.Message(conversationId) is { } retryAfter)
        {
            LogRejected(logger, http.Request.Path, StatusCodes.Status429TooManyRequests, "messages per conversation");
            await DirectLineRateLimiter.RejectAsync(http, retryAfter, "Too many messages in this conversation: wait a moment.").ConfigureAwait(false);
            return;
        }

        var (body, bodyProblem) = await ReadJsonAsync(http, MaxBodyBytes, optional: false).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            await RejectAsync(http, logger, bodyProblem.Status, bodyProblem.Detail).ConfigureAwait(false);
            return;
        }

        var (activity, activityProblem) = ToUserActivity(body!);
        if (activityProblem is not null)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, activityProblem).ConfigureAwait(false);
            return;
        }

        if (activity!.Text?.Length > options.Value.MaxTextLength)
        {
            await RejectAsync(http, logger, StatusCodes.Status413PayloadTooLarge, $"The text is longer than {options.Value.MaxTextLength} characters.").ConfigureAwait(false);
            return;
        }

        if (OversizedPart(body!, options.Value.MaxValueBytes) is { } oversized)
        {
            await RejectAsync(http, logger, StatusCodes.Status413PayloadTooLarge, $"The message's {oversized} is larger than {options.Value.MaxValueBytes} bytes.").ConfigureAwait(false);
            return;
        }

        // The conversations' history is over the process's cap: nothing more is taken until idle ones go.
        if (!store.HasRoom)
        {
            http.Response.Headers.RetryAfter = "60";
            await RejectAsync(http, logger, StatusCodes.Status503ServiceUnavailable, "The bot is holding too many messages: try again in a minute.").ConfigureAwait(false);
            return;
        }

        // Who the customer is decides whose orders, bookings and cart they see, so the browser never chooses it:
        // the user id comes from the token (bound by the site's server when it generated it), else the server
        // gives the conversation an id of its own. A from.id the client sends is not trusted.
        var pinned = await store.PinUserAsync(conversationId, auth.UserId, http.RequestAborted).ConfigureAwait(false);
        if (pinned is null)
        {
            await RejectAsync(http, logger, StatusCodes.Status404NotFound, "Unknown conversation: start it with POST /v3/directline/conversations.").ConfigureAwait(false);
            return;
        }

        if (auth.UserId is not null && !string.Equals(pinned, auth.UserId, StringComparison.Ordinal))
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, "The token's user is not the user of this conversation.").ConfigureAwait(false);
            return;
        }

        activity.From = new ChannelAccount(pinned, activity.From?.Name, RoleTypes.User);
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = DirectLineAdapter.BotAccount;
        activity.ServiceUrl = publicAddress.BaseFor(http).ToString();
        activity.Timestamp = time.GetUtcNow();

        // One turn at a time per conversation, so the user's message and the bot's replies stay in order.
        string id;
        using (await locks.AcquireAsync($"directline-turn/{conversationId}", http.RequestAborted).ConfigureAwait(false))
        {
            try
            {
                id = await store.AppendAsync(conversationId, activity, CancellationToken.None).ConfigureAwait(false);
            }
            catch (KeyNotFoundException)
            {
                await RejectAsync(http, logger, StatusCodes.Status404NotFound, "Unknown conversation: start it with POST /v3/directline/conversations.").ConfigureAwait(false);
                return;
            }

            // The message is accepted: its turn runs to the end (state saved) even if the visitor leaves the page
            // or reloads it meanwhile. Cancelling with the request would drop what the turn changed (the cart).
            await adapter.ProcessActivityAsync(activity, bot, CancellationToken.None).ConfigureAwait(false);
        }

        await WriteJsonAsync(http, new JObject { ["id"] = id }, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task GetActivitiesAsync(HttpContext http, string conversationId, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, IDirectLineConversations store, DirectLineRateLimiter limits, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);

        // The poll is the hot path of a client without WebSocket: on a shared database, one read tells whether the
        // conversation exists, how far it goes and what is new.
        if (await AuthorizeAsync(http, logger, conversationId, options.Value, tokens, store, limits, mustExist: false).ConfigureAwait(false) is null)
        {
            return;
        }

        var (watermark, formatProblem) = ParseWatermarkFormat(http);
        var read = formatProblem is null ? await store.ReadAsync(conversationId, watermark, http.RequestAborted).ConfigureAwait(false) : null;
        if (read is null)
        {
            // Unknown conversation, or a malformed watermark: as on every route, an unknown conversation is told first.
            var exists = formatProblem is not null && await store.ExistsAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
            await (exists
                ? RejectAsync(http, logger, StatusCodes.Status400BadRequest, formatProblem!)
                : RejectAsync(http, logger, StatusCodes.Status404NotFound, "Unknown conversation: start it with POST /v3/directline/conversations.")).ConfigureAwait(false);
            return;
        }

        if (watermark >= read.NextSequence)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, WatermarkAhead).ConfigureAwait(false);
            return;
        }

        var result = new JObject
        {
            ["activities"] = JArray.FromObject(read.Activities, Serializer),
            ["watermark"] = read.Watermark?.ToString(CultureInfo.InvariantCulture),
        };
        await WriteJsonAsync(http, result, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    /// <summary>
    /// The request's watermark: none when absent, empty or "-" (directlinejs sends an empty one at first);
    /// otherwise a non-negative integer no greater than the conversation's last sequence number.
    /// </summary>
    private static async Task<(int? Watermark, string? Problem)> ParseWatermarkAsync(HttpContext http, IDirectLineConversations store, string conversationId)
    {
        var (watermark, problem) = ParseWatermarkFormat(http);
        if (problem is not null || watermark is null)
        {
            return (null, problem);
        }

        return watermark >= (await store.NextSequenceAsync(conversationId, http.RequestAborted).ConfigureAwait(false) ?? 0)
            ? (null, WatermarkAhead)
            : (watermark, null);
    }

    /// <summary>The request's watermark as written, without looking at the conversation.</summary>
    private static (int? Watermark, string? Problem) ParseWatermarkFormat(HttpContext http)
    {
        var raw = http.Request.Query["watermark"];
        if (raw.Count == 0 || (raw.Count == 1 && (string.IsNullOrEmpty(raw[0]) || raw[0] == "-")))
        {
            return (null, null);
        }

        return raw.Count > 1 || !int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out var watermark)
            ? (null, "watermark must be a non-negative integer, as returned by a previous GET.")
            : (watermark, null);
    }

    /// <summary>The first of value, channelData and entities larger than <paramref name="maxBytes"/> as JSON, if any.</summary>
    private static string? OversizedPart(JObject body, int maxBytes) =>
        new[] { "value", "channelData", "entities" }.FirstOrDefault(name =>
            body[name] is { } part && Encoding.UTF8.GetByteCount(part.ToString(Formatting.None)) > maxBytes);

    private static string? LocaleProblem(JObject? body) =>
        body?["locale"] is { Type: not JTokenType.Null } locale
        && (locale is not JValue { Type: JTokenType.String } || !DirectLineTokenService.IsPlausibleLocale(locale.Value<string>()))
            ? $"locale must be a language tag such as \"fr-FR\" (at most {DirectLineTokenService.MaxLocaleLength} characters)."
            : null;

    private static (Activity? Activity, string? Problem) ToUserActivity(JObject body)
    {
        if (body.Value<string>("type") is not "message")
        {
            return (null, "Only activities of type \"message\" are accepted.");
        }

        if (body["attachments"] is JArray { Count: > 0 })
        {
            return (null, "Attachments are not accepted.");
        }

        if (body["text"] is { } text && text.Type is not (JTokenType.String or JTokenType.Null))
        {
            return (null, "text must be a string.");
        }

        Activity activity;
        try
        {
            activity = body.ToObject<Activity>(Serializer)!;
        }
        catch (JsonException e)
        {
            return (null, "The activity does not match the Bot Framework schema: " + e.Message);
        }

        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is null)
        {
            return (null, "A message needs text or a value (a card submit).");
        }

        if (activity.From?.Id is { } from && UserIdProblem(from) is { } problem)
        {
            return (null, problem);
        }

        // Only what a client may say; ids, channel, conversation, recipient and times are ours to set.
        return (new Activity
        {
            Type = ActivityTypes.Message,
            Text = activity.Text,
            Value = activity.Value,
            Locale = activity.Locale,
            TextFormat = activity.TextFormat,
            LocalTimestamp = activity.LocalTimestamp,
            ChannelData = activity.ChannelData,
            Entities = activity.Entities,
            From = activity.From,
        }, null);
    }

    private static string? UserIdProblem(string? userId) =>
        string.IsNullOrEmpty(userId) || userId.Length > MaxUserIdLength || userId.Any(char.IsControl)
            ? $"from.id must be 1 to {MaxUserIdLength} printable characters."
            : null;

    private static async Task<(JObject? Body, Problem? Problem)> ReadJsonAsync(HttpContext http, int maxBytes, bool optional)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return (null, new(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes."));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        string text;
        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            return (null, new(e.StatusCode, e.Message));
        }

        if (optional && string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            using var json = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 32 };
            return JToken.ReadFrom(json) is JObject body
                ? (body, null)
                : (null, new(StatusCodes.Status400BadRequest, "The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, new(StatusCodes.Status400BadRequest, "The body is not valid JSON."));
        }
    }

    /// <summary>Authenticates, rate-limits and checks the conversation; null (and the response written) if refused.</summary>
    private static async Task<Auth?> AuthorizeAsync(HttpContext http, ILogger logger, string conversationId, DirectLineOptions options, DirectLineTokenService tokens, IDirectLineConversations store, DirectLineRateLimiter limits, bool mustExist = true)
    {
        var auth = Authenticate(http, options, tokens);
        if (await RefuseAsync(http, logger, auth, limits).ConfigureAwait(false))
        {
            return null;
        }

        var problem = !auth.IsSecret && !string.Equals(auth.ConversationId, conversationId, StringComparison.Ordinal)
            ? new Problem(StatusCodes.Status403Forbidden, "The token is for another conversation.")
            : !mustExist || await store.ExistsAsync(conversationId, http.RequestAborted).ConfigureAwait(false) ? null : new Problem(StatusCodes.Status404NotFound, "Unknown conversation: start it with POST /v3/directline/conversations.");
        if (problem is not null)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return null;
        }

        return auth;
    }

    /// <summary>Writes the refusal when authentication failed or the IP address is over its limit; true if refused.</summary>
    private static async Task<bool> RefuseAsync(HttpContext http, ILogger logger, Auth auth, DirectLineRateLimiter limits)
    {
        // A site's server calls with the secret for all its visitors: only browsers are limited per address.
        if (!auth.IsSecret && limits.Request(http.Connection.RemoteIpAddress) is { } retryAfter)
        {
            LogRejected(logger, http.Request.Path, StatusCodes.Status429TooManyRequests, "requests per IP address");
            await DirectLineRateLimiter.RejectAsync(http, retryAfter, "Too many requests from this address: slow down.").ConfigureAwait(false);
            return true;
        }

        if (auth.Problem is { } problem)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private static Auth Authenticate(HttpContext http, DirectLineOptions options, DirectLineTokenService tokens)
    {
        if (!options.Enabled)
        {
            return new(new(StatusCodes.Status503ServiceUnavailable, "Direct Line is disabled: no secret is configured. Set DirectLine:Secret (environment variable DirectLine__Secret)."));
        }

        var header = http.Request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || value.Length == 7)
        {
            return new(new(StatusCodes.Status401Unauthorized, "Send the Direct Line secret or a token as \"Authorization: Bearer <token>\"."));
        }

        var credential = value[7..].Trim();
        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(options.Secret)))
        {
            return new(null, IsSecret: true);
        }

        var validation = tokens.Validate(credential);
        return validation switch
        {
            { Status: DirectLineTokenStatus.Valid, Kind: DirectLineTokenKind.Conversation } => new(null, false, validation.ConversationId, validation.UserId, validation.Locale, credential),
            { Status: DirectLineTokenStatus.Valid } => new(new(StatusCodes.Status403Forbidden, "A stream token only opens the WebSocket stream: use the conversation's token.")),
            { Status: DirectLineTokenStatus.Expired } => new(new(StatusCodes.Status403Forbidden, "The token has expired: generate a new one.")),
            _ => new(new(StatusCodes.Status403Forbidden, "The token is not valid.")),
        };
    }

    private static Task WriteConversationAsync(HttpContext http, DirectLineToken token, int? watermark, DirectLineTokenService tokens, int status)
    {
        // Web Chat prefers the stream: ws:// or wss:// on the bot's public address (never the Host header the client
        // sent), with a stream-only token good for one socket, never the secret.
        var streamBase = http.RequestServices.GetRequiredService<PublicAddress>().WebSocketBaseFor(http);
        var streamToken = tokens.IssueStreamToken(token.ConversationId, token.UserId).Token;
        var query = QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("watermark", watermark?.ToString(CultureInfo.InvariantCulture) ?? "-"),
            new("t", streamToken),
        });
        var streamUrl = $"{streamBase}v3/directline/conversations/{Uri.EscapeDataString(token.ConversationId)}/stream{query}";
        var body = new JObject
        {
            ["conversationId"] = token.ConversationId,
            ["token"] = token.Token,
            ["expires_in"] = token.ExpiresIn,
            ["streamUrl"] = streamUrl,
        };
        return WriteJsonAsync(http, body, status);
    }

    private static Task WriteTokenAsync(HttpContext http, DirectLineToken token, int status) =>
        WriteJsonAsync(http, new JObject { ["conversationId"] = token.ConversationId, ["token"] = token.Token, ["expires_in"] = token.ExpiresIn }, status);

    private static async Task WriteJsonAsync(HttpContext http, JObject body, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToString(Formatting.None), http.RequestAborted).ConfigureAwait(false);
    }

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(DirectLineEndpoints).FullName!);

    private static Task RejectAsync(HttpContext http, ILogger logger, int status, string detail)
    {
        LogRejected(logger, http.Request.Path, status, detail);
        return Results.Problem(detail: detail, statusCode: status, title: "Direct Line request refused").ExecuteAsync(http);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Direct Line request to {Path} with {Status}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string path, int status, string detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} opened from watermark {Watermark}")]
    private static partial void LogStreamOpened(ILogger logger, string conversationId, int? watermark);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started (new: {Created})")]
    private static partial void LogStarted(ILogger logger, string conversationId, bool created);

    private sealed record Problem(int Status, string Detail);

    private sealed record Auth(Problem? Problem, bool IsSecret = false, string? ConversationId = null, string? UserId = null, string? Locale = null, string? Token = null);
}
