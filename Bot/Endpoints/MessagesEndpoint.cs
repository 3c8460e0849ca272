using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Majordome.Bot.Endpoints;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint (Azure Bot Service, Web Chat, Teams, the Emulator).</summary>
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

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint).FullName!);
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

        if (ActivityRequestValidator.Validate(body) is { } problem)
        {
            await RejectAsync(http, logger, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    private static Task RejectAsync(HttpContext http, ILogger logger, int status, string detail)
    {
        LogRejected(logger, status, detail);
        return Results.Problem(detail: detail, statusCode: status, title: "Invalid activity").ExecuteAsync(http);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to /api/messages with {Status}: {Detail}")]
    private static partial void LogRejected(ILogger logger, int status, string detail);
}
