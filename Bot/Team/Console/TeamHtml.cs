using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Majordome.Dialogs.Localization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// The console's pages as HTML: one layout, every value encoded (customers' words are shown as text, never as
/// markup), and the headers that keep the pages to themselves (no framing, scripts and styles from /team only, no
/// caching, no referrer).
/// </summary>
public static class TeamHtml
{
    private const string SecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary><paramref name="value"/> encoded for HTML text or a quoted attribute.</summary>
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    /// <summary>A hidden field with the anti-forgery token.</summary>
    public static string TokenField(string token) => $"<input type=\"hidden\" name=\"{TeamAntiforgery.FieldName}\" value=\"{E(token)}\">";

    /// <summary>A one-button form that POSTs to <paramref name="action"/>.</summary>
    public static string PostButton(string action, string label, string token, string css = "button") =>
        $"<form method=\"post\" action=\"{E(action)}\" class=\"inline\">{TokenField(token)}<button type=\"submit\" class=\"{E(css)}\">{E(label)}</button></form>";

    /// <summary>
    /// The whole page, in the agent's language (<see cref="TeamText"/>): layout around <paramref name="body"/> (already
    /// HTML), with the switch to the other language; <paramref name="refreshTo"/>, a console path, makes the page move
    /// on to it by itself.
    /// </summary>
    public static IResult Page(HttpContext http, string title, string body, TeamMember? member, string? token, string? script = null, int status = StatusCodes.Status200OK, string? refreshTo = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = TeamText.For(http);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{text.Language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(text.Get("team.page.title", new { title }))}</title><link rel=\"stylesheet\" href=\"/team/assets/console.css\"><link rel=\"icon\" href=\"data:,\">");
        if (refreshTo is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"refresh\" content=\"0;url={E(refreshTo)}\">");
        }

        if (script is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<script src=\"/team/assets/{E(script)}\" defer></script>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</head><body><header class=\"top\"><a class=\"brand\" href=\"/team\">{E(text["team.nav.inbox"])}</a>");
        if (member is not null && token is not null && member.Role == TeamRoles.Admin)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"nav\" href=\"/team/jobs\">{E(text["team.nav.jobs"])}</a>");
        }

        html.Append(LanguageSwitch(http, text));
        if (member is not null && token is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"who\">{E(member.DisplayName)} <span class=\"role\">{E(RoleName(text, member.Role))}</span></span>");
            html.Append(PostButton("/team/signout", text["team.signOut"], token, "link"));
        }

        html.Append("</header><main>").Append(body).Append("</main></body></html>");
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = SecurityPolicy;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.Vary = "Accept-Language, Cookie";
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    // The other language, named in itself, as a link to this same page in it (the filter keeps the choice).
    private static string LanguageSwitch(HttpContext http, TeamText text)
    {
        var other = text.Language == Languages.French ? Languages.English : Languages.French;
        var query = http.Request.Query.Where(q => q.Key != TeamLanguage.QueryName).Select(q => KeyValuePair.Create(q.Key, q.Value));
        var href = http.Request.PathBase + http.Request.Path + new QueryBuilder(query) { { TeamLanguage.QueryName, other } }.ToQueryString();
        return $"<a class=\"nav language\" href=\"{E(href)}\" lang=\"{other}\" hreflang=\"{other}\" title=\"{E(text["team.nav.language"])}\">{E(TeamText.In(other)["team.language.self"])}</a>";
    }

    private static string RoleName(TeamText text, string role) => TeamRoles.IsKnown(role) ? text[$"team.role.{role}"] : role;
}
