using Majordome.Dialogs;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// The language the console speaks to an agent: the one they chose with the switch in the header (<c>?lang=en</c>,
/// kept in a cookie so it sticks), else their browser's Accept-Language, else the brand's default language
/// (<c>Conversation:DefaultLanguage</c>).
/// </summary>
public static class TeamLanguage
{
    /// <summary>The query parameter of the switch.</summary>
    public const string QueryName = "lang";

    /// <summary>The cookie that keeps the agent's choice (a preference, nothing secret).</summary>
    public const string CookieName = "majordome.team.lang";

    private const string Item = "majordome.team.language";

    /// <summary>The language of this request's pages.</summary>
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items[Item] is string known)
        {
            return known;
        }

        var request = http.Request;
        var language = Languages.FromLocale(request.Query[QueryName].ToString())
            ?? Languages.FromLocale(request.Cookies[CookieName])
            ?? BrowserLanguage.Preferred(request)
            ?? Languages.FromLocale(http.RequestServices.GetRequiredService<IOptions<ConversationOptions>>().Value.DefaultLanguage)
            ?? Languages.French;
        http.Items[Item] = language;
        return language;
    }

    /// <summary>
    /// An endpoint filter of every console route: a page asked with <c>?lang=</c> keeps that choice in the cookie, so
    /// the next pages (and the sign-in page after signing out) are in it too.
    /// </summary>
    public static async ValueTask<object?> RememberAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (Languages.FromLocale(http.Request.Query[QueryName].ToString()) is { } chosen)
        {
            http.Response.Cookies.Append(CookieName, chosen, new CookieOptions
            {
                Path = TeamAuthentication.BasePath,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }

        return await next(context).ConfigureAwait(false);
    }
}
