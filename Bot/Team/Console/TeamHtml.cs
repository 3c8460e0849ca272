using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

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

    /// <summary>An instant as the team reads it (UTC, to the minute: agents in several places compare the same clock).</summary>
    public static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>How long ago, in words a queue reads at a glance ("4 min", "2 h 05").</summary>
    public static string Waited(TimeSpan span) => span.TotalMinutes < 1
        ? "under a minute"
        : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min" : span.TotalDays < 1 ? $"{(int)span.TotalHours} h {span.Minutes:D2}" : $"{(int)span.TotalDays} d {span.Hours} h";

    /// <summary>A hidden field with the anti-forgery token.</summary>
    public static string TokenField(string token) => $"<input type=\"hidden\" name=\"{TeamAntiforgery.FieldName}\" value=\"{E(token)}\">";

    /// <summary>A one-button form that POSTs to <paramref name="action"/>.</summary>
    public static string PostButton(string action, string label, string token, string css = "button") =>
        $"<form method=\"post\" action=\"{E(action)}\" class=\"inline\">{TokenField(token)}<button type=\"submit\" class=\"{E(css)}\">{E(label)}</button></form>";

    /// <summary>
    /// The whole page: layout around <paramref name="body"/> (already HTML); <paramref name="refreshTo"/>, a console
    /// path, makes the page move on to it by itself.
    /// </summary>
    public static IResult Page(HttpContext http, string title, string body, TeamMember? member, string? token, string? script = null, int status = StatusCodes.Status200OK, string? refreshTo = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(title)} · Team</title><link rel=\"stylesheet\" href=\"/team/assets/console.css\"><link rel=\"icon\" href=\"data:,\">");
        if (refreshTo is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"refresh\" content=\"0;url={E(refreshTo)}\">");
        }

        if (script is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<script src=\"/team/assets/{E(script)}\" defer></script>");
        }

        html.Append("</head><body><header class=\"top\"><a class=\"brand\" href=\"/team\">Team inbox</a>");
        if (member is not null && token is not null)
        {
            if (member.Role == TeamRoles.Admin)
            {
                html.Append("<a class=\"nav\" href=\"/team/jobs\">Scheduled messages</a>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<span class=\"who\">{E(member.DisplayName)} <span class=\"role\">{E(member.Role)}</span></span>");
            html.Append(PostButton("/team/signout", "Sign out", token, "link"));
        }

        html.Append("</header><main>").Append(body).Append("</main></body></html>");
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = SecurityPolicy;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
