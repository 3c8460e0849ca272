using Majordome.Bot.DirectLine;
using Majordome.Dialogs;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WebChat;

/// <summary>
/// The bot's own chat page: <c>/</c> and <c>/chat</c> (Web Chat, in French or English), its script and style
/// under <c>/webchat/</c>, the embed script a brand adds to its site, and <c>POST /api/webchat/token</c>, which
/// mints a Direct Line token for one new conversation on the server, so the secret never reaches a browser.
/// </summary>
public static partial class WebChatEndpoints
{
    /// <summary>The largest body the token endpoint reads.</summary>
    private const int MaxTokenBodyBytes = 2048;

    /// <summary>Maps the page, its assets and the token endpoint.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", PageAsync);
        endpoints.MapGet("/chat", PageAsync);
        endpoints.MapGet("/webchat/chat.js", (HttpContext http) => AssetAsync(http, "chat.js", "text/javascript; charset=utf-8"));
        endpoints.MapGet("/webchat/chat.css", (HttpContext http) => AssetAsync(http, "chat.css", "text/css; charset=utf-8"));
        endpoints.MapGet("/webchat/embed.js", EmbedScriptAsync);
        endpoints.MapPost("/api/webchat/token", TokenAsync);
        return endpoints;
    }

    /// <summary>
    /// The page's language: <c>?lang=fr|en</c>, else the browser's preferred one of ours (Accept-Language),
    /// else the brand's default.
    /// </summary>
    public static string ChooseLanguage(HttpRequest request, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Languages.FromLocale(request.Query["lang"].ToString()) is { } asked)
        {
            return asked;
        }

        return BrowserLanguage.Preferred(request) ?? defaultLanguage;
    }

    private static Task PageAsync(HttpContext http, WebChatPage page, ChatPageSecurityPolicy policy, IOptions<ConversationOptions> conversation)
    {
        var language = ChooseLanguage(http.Request, conversation.Value.DefaultLanguage);
        var embedded = http.Request.Query["embed"] == "1";
        var chosen = Languages.FromLocale(http.Request.Query["lang"].ToString()) is not null;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = policy.For(http);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        http.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        return http.Response.WriteAsync(page.Render(language, embedded, chosen), http.RequestAborted);
    }

    private static Task AssetAsync(HttpContext http, string name, string contentType)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Response.WriteAsync(WebChatPage.ReadAsset(name), http.RequestAborted);
    }

    private static Task EmbedScriptAsync(HttpContext http, WebChatPage page, IOptions<ConversationOptions> conversation)
    {
        http.Response.ContentType = "text/javascript; charset=utf-8";
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Response.WriteAsync(page.RenderEmbedScript(conversation.Value.DefaultLanguage), http.RequestAborted);
    }

    private static async Task TokenAsync(HttpContext http, DirectLineTokenService tokens, WebChatVisitorCredentials visitors, WebChatLanguageChoice languages, DirectLineRateLimiter limits, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebChatEndpoints).FullName!);
        if (limits.PageToken(http.Connection.RemoteIpAddress) is { } retryAfter)
        {
            LogRateLimited(logger, http.Connection.RemoteIpAddress?.ToString());
            await DirectLineRateLimiter.RejectAsync(http, retryAfter, "Too many chat sessions from this address: try again in a minute.").ConfigureAwait(false);
            return;
        }

        // The page sends { "locale": "en-US", "visitor": "<credential>", "languageChosen": true }: the greeting's
        // language, who the visitor is (a credential this endpoint issued before) and whether the visitor picked
        // the language on the page.
        var (body, problem) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            await problem.ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var locale = body?["locale"] is JValue { Type: JTokenType.String } value && DirectLineTokenService.IsPlausibleLocale(value.Value<string>()) ? value.Value<string>() : null;
        WebChatVisitor visitor;
        if (body?["visitor"] is { Type: not JTokenType.Null } presented)
        {
            // The browser never names the customer: only a credential signed here does, and an altered or made-up
            // one is refused (the page then starts afresh as a new visitor).
            if (visitors.Validate(presented.Type == JTokenType.String ? presented.Value<string>() : null) is not { } userId)
            {
                LogVisitorRefused(logger, http.Connection.RemoteIpAddress?.ToString());
                await Results.Problem(detail: "The visitor credential is not valid: forget it and ask again without one.", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http).ConfigureAwait(false);
                return;
            }

            visitor = visitors.Issue(userId);
        }
        else
        {
            visitor = visitors.IssueNew();
        }

        if (body?["languageChosen"] is JValue { Type: JTokenType.Boolean } chosen && chosen.Value<bool>() && Languages.FromLocale(locale) is { } language)
        {
            await languages.ChooseAsync(visitor.UserId, language, http.RequestAborted).ConfigureAwait(false);
        }

        var token = tokens.Issue(DirectLineConversationStore.NewConversationId(), visitor.UserId, locale);
        http.Response.Headers.CacheControl = "no-store";
        await Results.Json(new { conversationId = token.ConversationId, token = token.Token, expires_in = token.ExpiresIn, visitor = visitor.Credential }).ExecuteAsync(http).ConfigureAwait(false);
    }

    private static async Task<(JObject? Body, IResult? Problem)> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxTokenBodyBytes)
        {
            return (null, Results.Problem(detail: "The body is too large.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        if (http.Request.ContentLength is not > 0)
        {
            return (null, null);
        }

        try
        {
            using var reader = new StreamReader(http.Request.Body);
            return (JToken.Parse(await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false)) as JObject, null);
        }
        catch (JsonException)
        {
            return (null, Results.Problem(detail: "The body must be JSON such as {\"locale\":\"fr-FR\"}.", statusCode: StatusCodes.Status400BadRequest));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a chat-page token to {Address}: the visitor credential is not valid")]
    private static partial void LogVisitorRefused(ILogger logger, string? address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a chat-page token to {Address}: too many per minute")]
    private static partial void LogRateLimited(ILogger logger, string? address);
}
