using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// The core of the Direct Line 3.0 REST API (tokens, conversations, posting and polling activities), so Web Chat
/// with <c>webSocket: false</c> and botframework-directlinejs talk to the bot without Azure. No WebSocket stream yet.
/// </summary>
public static partial class DirectLineEndpoints
{
    /// <summary>Activities larger than this are refused with 413.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The longest user id accepted.</summary>
    public const int MaxUserIdLength = 128;

    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore, DateParseHandling = DateParseHandling.DateTimeOffset };

    /// <summary>Maps the endpoints under <c>/v3/directline</c>.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/v3/directline");
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        return endpoints;
    }

    private static async Task GenerateTokenAsync(HttpContext http, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var auth = Authenticate(http, options.Value, tokens);
        if (auth.Problem is { } problem)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return;
        }

        if (!auth.IsSecret)
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, "Tokens are generated with the secret, not with a token (use /tokens/refresh).").ConfigureAwait(false);
            return;
        }

        // Optional body { "user": { "id": "..." } } binds the token to a user, as Direct Line does.
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

        await WriteTokenAsync(http, tokens.Issue(DirectLineConversationStore.NewConversationId(), userId), StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task RefreshTokenAsync(HttpContext http, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var auth = Authenticate(http, options.Value, tokens);
        if (auth.Problem is { } problem)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return;
        }

        if (auth.IsSecret)
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, "Refresh a token with that token, not with the secret.").ConfigureAwait(false);
            return;
        }

        await WriteTokenAsync(http, tokens.Issue(auth.ConversationId!, auth.UserId), StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task StartConversationAsync(HttpContext http, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, DirectLineConversationStore store, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        var auth = Authenticate(http, options.Value, tokens);
        if (auth.Problem is { } problem)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return;
        }

        var conversationId = auth.ConversationId ?? DirectLineConversationStore.NewConversationId();
        var created = store.GetOrStart(conversationId);
        if (auth.UserId is not null)
        {
            store.PinUser(conversationId, auth.UserId);
        }

        LogStarted(logger, conversationId, created);
        var token = tokens.Issue(conversationId, auth.UserId);
        await WriteTokenAsync(http, token, created ? StatusCodes.Status201Created : StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task PostActivityAsync(
        HttpContext http,
        string conversationId,
        IOptions<DirectLineOptions> options,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineAdapter adapter,
        IBot bot,
        ConversationLocks locks,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        if (Authorize(http, conversationId, options.Value, tokens, store) is { } problem)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return;
        }

        var auth = Authenticate(http, options.Value, tokens);
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

        // Who the customer is decides whose orders, bookings and cart they see, so the browser never chooses it:
        // the user id comes from the token (bound by the site's server when it generated it), else the server
        // gives the conversation an id of its own. A from.id the client sends is not trusted.
        var pinned = store.PinUser(conversationId, auth.UserId)!;
        if (auth.UserId is not null && !string.Equals(pinned, auth.UserId, StringComparison.Ordinal))
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, "The token's user is not the user of this conversation.").ConfigureAwait(false);
            return;
        }

        activity!.From = new ChannelAccount(pinned, activity.From?.Name, RoleTypes.User);
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = DirectLineAdapter.BotAccount;
        activity.ServiceUrl = $"{http.Request.Scheme}://{http.Request.Host}/";
        activity.Timestamp = time.GetUtcNow();

        // One turn at a time per conversation, so the user's message and the bot's replies stay in order.
        string id;
        using (await locks.AcquireAsync($"directline-turn/{conversationId}", http.RequestAborted).ConfigureAwait(false))
        {
            id = store.Append(conversationId, activity);
            await adapter.ProcessActivityAsync(activity, bot, http.RequestAborted).ConfigureAwait(false);
        }

        await WriteJsonAsync(http, new JObject { ["id"] = id }, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task GetActivitiesAsync(HttpContext http, string conversationId, IOptions<DirectLineOptions> options, DirectLineTokenService tokens, DirectLineConversationStore store, ILoggerFactory loggers)
    {
        var logger = Logger(loggers);
        if (Authorize(http, conversationId, options.Value, tokens, store) is { } problem)
        {
            await RejectAsync(http, logger, problem.Status, problem.Detail).ConfigureAwait(false);
            return;
        }

        int? watermark = null;
        var raw = http.Request.Query["watermark"];
        if (raw.Count > 1 || (raw.Count == 1 && !string.IsNullOrEmpty(raw[0])))
        {
            if (raw.Count > 1 || !int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                await RejectAsync(http, logger, StatusCodes.Status400BadRequest, "watermark must be a non-negative integer, as returned by a previous GET.").ConfigureAwait(false);
                return;
            }

            watermark = parsed;
        }

        var (activities, last) = store.GetAfter(conversationId, watermark)!.Value;
        var result = new JObject
        {
            ["activities"] = JArray.FromObject(activities, JsonSerializer.Create(Json)),
            ["watermark"] = last?.ToString(CultureInfo.InvariantCulture),
        };
        await WriteJsonAsync(http, result, StatusCodes.Status200OK).ConfigureAwait(false);
    }

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
            activity = body.ToObject<Activity>(JsonSerializer.Create(Json))!;
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

    private static Problem? Authorize(HttpContext http, string conversationId, DirectLineOptions options, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var auth = Authenticate(http, options, tokens);
        if (auth.Problem is not null)
        {
            return auth.Problem;
        }

        if (!auth.IsSecret && !string.Equals(auth.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return new(StatusCodes.Status403Forbidden, "The token is for another conversation.");
        }

        return store.Exists(conversationId) ? null : new(StatusCodes.Status404NotFound, "Unknown conversation: start it with POST /v3/directline/conversations.");
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
        return validation.Status switch
        {
            DirectLineTokenStatus.Valid => new(null, false, validation.ConversationId, validation.UserId),
            DirectLineTokenStatus.Expired => new(new(StatusCodes.Status403Forbidden, "The token has expired: generate a new one.")),
            _ => new(new(StatusCodes.Status403Forbidden, "The token is not valid.")),
        };
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started (new: {Created})")]
    private static partial void LogStarted(ILogger logger, string conversationId, bool created);

    private sealed record Problem(int Status, string Detail);

    private sealed record Auth(Problem? Problem, bool IsSecret = false, string? ConversationId = null, string? UserId = null);
}
