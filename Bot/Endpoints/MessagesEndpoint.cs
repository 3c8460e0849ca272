using System.Text;
using Majordome.Bot.Adapters.Connector;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint (Azure Bot Service, Web Chat, Teams, the Emulator). With a
/// MicrosoftAppId every request carries a token the SDK validates; without one nobody is authenticated, so only
/// loopback callers are answered and replies go only to loopback service URLs (see <see cref="BotFrameworkEndpointOptions"/>).
/// </summary>
public static partial class MessagesEndpoint
{
    /// <summary>Activities larger than this are refused; real ones are a few kilobytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, UnauthenticatedAccess access, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint).FullName!);
        if (access.RefuseCaller(http) is { } refusedCaller)
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, refusedCaller).ConfigureAwait(false);
            return;
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await RejectAsync(http, logger, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        // Requests without Content-Length (chunked) are cut off by the server at the same size.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        http.Request.EnableBuffering();
        string body;
        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            await RejectAsync(http, logger, ex.StatusCode, ex.Message).ConfigureAwait(false);
            return;
        }

        if (BearerTokenPrecheck.Validate(http.Request.Headers.Authorization) is { } authProblem)
        {
            await RejectAsync(http, logger, StatusCodes.Status401Unauthorized, authProblem).ConfigureAwait(false);
            return;
        }

        var check = ActivityRequestValidator.Validate(body);
        if (check.Problem is { } problem)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        if (access.RefuseServiceUrl(check) is { } refusedServiceUrl)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, refusedServiceUrl).ConfigureAwait(false);
            return;
        }

        http.Request.Body.Position = 0;
        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BotTokenRejectedException ex)
        {
            // The reason stays in the log: the caller learns only that its token is not good for this bot.
            await RejectAsync(http, logger, StatusCodes.Status401Unauthorized, "The request has no valid Bot Framework token for this bot.", ex.Message).ConfigureAwait(false);
        }
        catch (ChannelNotAuthenticatedException ex)
        {
            await RejectAsync(http, logger, StatusCodes.Status403Forbidden, ex.Message).ConfigureAwait(false);
        }
        catch (Turns.ConversationBusyException)
        {
            // The first run of this activity (or the conversation's previous turn) still holds the conversation:
            // a retry later gets its replies.
            http.Response.Headers.RetryAfter = "5";
            await Results.Problem(detail: "Another request for this conversation is still being answered; retry in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable, title: ReasonPhrases.GetReasonPhrase(StatusCodes.Status503ServiceUnavailable)).ExecuteAsync(http).ConfigureAwait(false);
        }
        catch (BotConnectorKeysUnavailableException ex)
        {
            LogKeysUnavailable(logger, ex.Message);
            http.Response.Headers.RetryAfter = "30";
            await Results.Problem(detail: "The bot cannot check Bot Framework tokens right now; retry later.", statusCode: StatusCodes.Status503ServiceUnavailable, title: ReasonPhrases.GetReasonPhrase(StatusCodes.Status503ServiceUnavailable)).ExecuteAsync(http).ConfigureAwait(false);
        }
    }

    private static Task RejectAsync(HttpContext http, ILogger logger, int status, string detail, string? loggedDetail = null)
    {
        LogRejected(logger, status, loggedDetail ?? detail);
        var title = status == StatusCodes.Status400BadRequest ? "Invalid activity" : ReasonPhrases.GetReasonPhrase(status);
        return Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "/api/messages answered 503: {Detail}")]
    private static partial void LogKeysUnavailable(ILogger logger, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to /api/messages with {Status}: {Detail}")]
    private static partial void LogRejected(ILogger logger, int status, string detail);
}
