using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// The sign-in page, signing in (with lockout after repeated wrong passwords, or through the brand's OpenID Connect
/// provider when one is configured) and signing out.
/// </summary>
public static partial class TeamSignInEndpoints
{
    /// <summary>GET /team/signin.</summary>
    public static Task<IResult> ShowAsync(HttpContext http, string? returnUrl = null) =>
        Task.FromResult(Form(http, null, null, returnUrl, StatusCodes.Status200OK));

    /// <summary>POST /team/signin: name and password from the form.</summary>
    public static async Task<IResult> SignInAsync(HttpContext http, TeamSignIn signIn, IOptions<TeamOpenIdConnectOptions> provider, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(provider);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var username = form["username"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var logger = loggers.CreateLogger("Majordome.Bot.Team.SignIn");
        if (!PasswordsAccepted(provider.Value))
        {
            // The brand signs its team in through its provider only: a password, even right, opens nothing.
            LogRefused(logger, TeamUsername.IsValid(username) ? TeamUsername.Normalize(username) : "(invalid name)");
            return Form(http, null, TeamText.For(http)["team.signIn.passwordOff"], returnUrl, StatusCodes.Status403Forbidden);
        }

        var (outcome, member) = await signIn.CheckAsync(username, form["password"].ToString(), http.RequestAborted).ConfigureAwait(false);
        switch (outcome)
        {
            case TeamSignInOutcome.Succeeded:
                LogSignedIn(logger, member!.Username);
                await http.SignInAsync(TeamAuthentication.Scheme, TeamAuthentication.PrincipalOf(member)).ConfigureAwait(false);
                // Only back into the console: a returnUrl elsewhere would make the sign-in page an open redirect.
                return Results.Redirect(IsConsolePath(returnUrl) ? returnUrl : TeamAuthentication.BasePath);
            case TeamSignInOutcome.LockedOut:
                LogLockedOut(logger, TeamUsername.IsValid(username) ? TeamUsername.Normalize(username) : "(invalid name)");
                return Form(http, username, TeamText.For(http)["team.signIn.locked"], returnUrl, StatusCodes.Status429TooManyRequests);
            default:
                LogRefused(logger, TeamUsername.IsValid(username) ? TeamUsername.Normalize(username) : "(invalid name)");
                return Form(http, username, TeamText.For(http)["team.signIn.wrong"], returnUrl, StatusCodes.Status401Unauthorized);
        }
    }

    /// <summary>GET /team/signin/oidc: off to the brand's provider (mapped only when one is configured).</summary>
    public static IResult Challenge(string? returnUrl = null) => Results.Challenge(
        new AuthenticationProperties { RedirectUri = $"{CompletePath}?returnUrl={Uri.EscapeDataString(IsConsolePath(returnUrl) ? returnUrl! : TeamAuthentication.BasePath)}" },
        [TeamOpenIdConnect.Scheme]);

    /// <summary>
    /// GET /team/signin/complete: where the provider's sign-in lands, signed in. The session cookie is SameSite=Strict,
    /// and a browser does not send it along a chain of redirects that began on the provider's site; this page moves
    /// on by itself, from the console's own site, so the cookie goes with the next request.
    /// </summary>
    public static IResult Complete(HttpContext http, string? returnUrl = null)
    {
        var target = IsConsolePath(returnUrl) ? returnUrl! : TeamAuthentication.BasePath;
        var text = TeamText.For(http);
        var body = $"""
            <section class="signin">
              <h1>{TeamHtml.E(text["team.signIn.signedIn"])}</h1>
              <p><a class="button primary" href="{TeamHtml.E(target)}">{TeamHtml.E(text["team.signIn.openInbox"])}</a></p>
            </section>
            """;
        return TeamHtml.Page(http, text["team.signIn.signedIn"], body, null, null, refreshTo: target);
    }

    /// <summary>POST /team/signout.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        await http.SignOutAsync(TeamAuthentication.Scheme).ConfigureAwait(false);
        return Results.Redirect(TeamAuthentication.SignInPath);
    }

    /// <summary>Where <see cref="Challenge"/> starts.</summary>
    public const string ChallengePath = "/team/signin/oidc";

    /// <summary>Where a provider's sign-in lands.</summary>
    public const string CompletePath = "/team/signin/complete";

    /// <summary>The sign-in page, with <paramref name="problem"/> above the form when not null.</summary>
    internal static IResult Form(HttpContext http, string? username, string? problem, string? returnUrl, int status)
    {
        var provider = http.RequestServices.GetRequiredService<IOptions<TeamOpenIdConnectOptions>>().Value;
        var text = TeamText.For(http);
        var back = IsConsolePath(returnUrl) ? returnUrl! : string.Empty;
        var password = string.Empty;
        if (PasswordsAccepted(provider))
        {
            var token = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!;
            password = $"""
                <form method="post" action="{TeamAuthentication.SignInPath}">
                  {TeamHtml.TokenField(token)}
                  <input type="hidden" name="returnUrl" value="{TeamHtml.E(back)}">
                  <label>{TeamHtml.E(text["team.signIn.name"])} <input name="username" autocomplete="username" required value="{TeamHtml.E(username)}" autofocus></label>
                  <label>{TeamHtml.E(text["team.signIn.password"])} <input name="password" type="password" autocomplete="current-password" required></label>
                  <button type="submit" class="button primary">{TeamHtml.E(text["team.signIn.submit"])}</button>
                </form>
                """;
        }

        var external = string.Empty;
        if (provider.Enabled)
        {
            var label = text.Get("team.signIn.with", new { provider = provider.ProviderName });
            var href = back.Length == 0 ? ChallengePath : $"{ChallengePath}?returnUrl={Uri.EscapeDataString(back)}";
            external = $"""<p class="provider"><a class="button{(password.Length == 0 ? " primary" : string.Empty)}" href="{TeamHtml.E(href)}">{TeamHtml.E(label)}</a></p>""";
        }

        var body = $"""
            <section class="signin">
              <h1>{TeamHtml.E(text["team.signIn.title"])}</h1>
              {(problem is null ? string.Empty : $"<p class=\"problem\" role=\"alert\">{TeamHtml.E(problem)}</p>")}
              {password}
              {external}
            </section>
            """;
        return TeamHtml.Page(http, text["team.signIn.title"], body, null, null, status: status);
    }

    /// <summary>The audit line of every sign-in, by password or through the provider.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Team member {Username} signed in")]
    internal static partial void LogSignedIn(ILogger logger, string username);

    private static bool PasswordsAccepted(TeamOpenIdConnectOptions provider) => provider.PasswordSignIn || !provider.Enabled;

    private static bool IsConsolePath(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith(TeamAuthentication.BasePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
        && (url.Length == TeamAuthentication.BasePath.Length || url[TeamAuthentication.BasePath.Length] is '/' or '?');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team sign-in refused for {Username}")]
    private static partial void LogRefused(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team sign-in refused for {Username}: the account is locked after too many wrong passwords")]
    private static partial void LogLockedOut(ILogger logger, string username);
}
