using Microsoft.AspNetCore.Antiforgery;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// Every POST of the console carries the anti-forgery token its page was given (a hidden field, or the
/// <c>RequestVerificationToken</c> header from the page's script): another site cannot make a signed-in agent's
/// browser take, write or hand back. Refused requests get 400 and change nothing.
/// </summary>
public static class TeamAntiforgery
{
    /// <summary>The form field of the token.</summary>
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>The header the console's script sends the token in.</summary>
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>The anti-forgery cookie's name.</summary>
    public const string CookieName = "majordome.team.af";

    /// <summary>Configures the tokens' cookie and field names.</summary>
    public static void Configure(AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.Name = CookieName;
        options.Cookie.Path = TeamAuthentication.BasePath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.FormFieldName = FieldName;
        options.HeaderName = HeaderName;
        options.SuppressXFrameOptionsHeader = false;
    }

    /// <summary>An endpoint filter that validates the token of every POST before its handler runs.</summary>
    public static async ValueTask<object?> ValidateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return Results.Text(TeamText.For(http)["team.form.expired"], "text/plain", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context).ConfigureAwait(false);
    }
}
