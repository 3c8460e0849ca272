using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Majordome.Bot.Team.Console;

/// <summary>The sign-in page, signing in (with lockout after repeated wrong passwords) and signing out.</summary>
public static partial class TeamSignInEndpoints
{
    /// <summary>GET /team/signin.</summary>
    public static Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, string? returnUrl = null) =>
        Task.FromResult(Form(http, antiforgery, null, null, returnUrl, StatusCodes.Status200OK));

    /// <summary>POST /team/signin: name and password from the form.</summary>
    public static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, TeamSignIn signIn, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(http);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var username = form["username"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var (outcome, member) = await signIn.CheckAsync(username, form["password"].ToString(), http.RequestAborted).ConfigureAwait(false);
        var logger = loggers.CreateLogger("Majordome.Bot.Team.SignIn");
        switch (outcome)
        {
            case TeamSignInOutcome.Succeeded:
                LogSignedIn(logger, member!.Username);
                await http.SignInAsync(TeamAuthentication.Scheme, TeamAuthentication.PrincipalOf(member)).ConfigureAwait(false);
                // Only back into the console: a returnUrl elsewhere would make the sign-in page an open redirect.
                return Results.Redirect(IsConsolePath(returnUrl) ? returnUrl : TeamAuthentication.BasePath);
            case TeamSignInOutcome.LockedOut:
                LogLockedOut(logger, TeamUsername.IsValid(username) ? TeamUsername.Normalize(username) : "(invalid name)");
                return Form(http, antiforgery, username, "Too many wrong passwords: this account is locked for a while. Try again later or ask an admin.", returnUrl, StatusCodes.Status429TooManyRequests);
            default:
                LogRefused(logger, TeamUsername.IsValid(username) ? TeamUsername.Normalize(username) : "(invalid name)");
                return Form(http, antiforgery, username, "Wrong name or password.", returnUrl, StatusCodes.Status401Unauthorized);
        }
    }

    /// <summary>POST /team/signout.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        await http.SignOutAsync(TeamAuthentication.Scheme).ConfigureAwait(false);
        return Results.Redirect(TeamAuthentication.SignInPath);
    }

    private static bool IsConsolePath(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith(TeamAuthentication.BasePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
        && (url.Length == TeamAuthentication.BasePath.Length || url[TeamAuthentication.BasePath.Length] is '/' or '?');

    private static IResult Form(HttpContext http, IAntiforgery antiforgery, string? username, string? problem, string? returnUrl, int status)
    {
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        var body = $"""
            <section class="signin">
              <h1>Sign in</h1>
              {(problem is null ? string.Empty : $"<p class=\"problem\" role=\"alert\">{TeamHtml.E(problem)}</p>")}
              <form method="post" action="{TeamAuthentication.SignInPath}">
                {TeamHtml.TokenField(token)}
                <input type="hidden" name="returnUrl" value="{TeamHtml.E(IsConsolePath(returnUrl) ? returnUrl : string.Empty)}">
                <label>Name <input name="username" autocomplete="username" required value="{TeamHtml.E(username)}" autofocus></label>
                <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                <button type="submit" class="button primary">Sign in</button>
              </form>
            </section>
            """;
        return TeamHtml.Page(http, "Sign in", body, null, null, status: status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Team member {Username} signed in")]
    private static partial void LogSignedIn(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team sign-in refused for {Username}")]
    private static partial void LogRefused(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team sign-in refused for {Username}: the account is locked after too many wrong passwords")]
    private static partial void LogLockedOut(ILogger logger, string username);
}
