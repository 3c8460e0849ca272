using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// The console's OpenID Connect sign-in, on ASP.NET Core's handler: the authorization code flow with PKCE, state
/// and nonce as the handler does them, the id_token's signature checked against the provider's published keys, its
/// issuer, audience and lifetime. The person is then mapped to a team member (<see cref="TeamExternalSignIn"/>) and
/// signed in with the same cookie, claims and roles as a password sign-in; a person the mapping refuses, or a
/// sign-in that fails (a bad signature, a wrong nonce, the provider's error), gets a clear page and no session.
/// </summary>
public static partial class TeamOpenIdConnect
{
    /// <summary>The authentication scheme (registered only when <see cref="TeamOpenIdConnectOptions.Enabled"/>).</summary>
    public const string Scheme = "TeamOpenIdConnect";

    /// <summary>Where the provider sends the browser back with the code.</summary>
    public const string CallbackPath = "/team/signin-oidc";

    /// <summary>Configures the handler from the team's settings.</summary>
    public static void Configure(OpenIdConnectOptions oidc, TeamOpenIdConnectOptions team)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        ArgumentNullException.ThrowIfNull(team);
        if (!team.Enabled)
        {
            return;
        }

        oidc.SignInScheme = TeamAuthentication.Scheme;
        oidc.Authority = team.Authority;
        oidc.ClientId = team.ClientId;
        oidc.ClientSecret = team.ClientSecret;
        // https is required (checked at start-up); plain http only for a provider on this machine (tests).
        oidc.RequireHttpsMetadata = !TeamOpenIdConnectValidation.IsLoopback(new Uri(team.Authority!));
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The code comes back in the query of a top-level GET, so the correlation and nonce cookies can be SameSite=Lax
        // (form_post would need SameSite=None, which browsers accept only on https).
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CallbackPath = CallbackPath;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.Scope.Add("email");
        // Claims keep the provider's names (roles, groups, email), which the role mapping is written in.
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        oidc.DisableTelemetry = true;
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.HttpOnly = true;
        }

        // The person is mapped once the whole response is checked: the handler raises TokenValidated for the token
        // endpoint's id_token before it checks its nonce, and a replayed token must not create or change an account.
        oidc.Events.OnTicketReceived = TicketReceivedAsync;
        oidc.Events.OnRemoteFailure = RemoteFailureAsync;
        oidc.Events.OnAccessDenied = context => RefuseAsync(context.HttpContext, context, "team.signIn.providerDenied");
    }

    private static async Task TicketReceivedAsync(TicketReceivedContext context)
    {
        var http = context.HttpContext;
        var logger = Logger(http);
        var (refusal, member) = await http.RequestServices.GetRequiredService<TeamExternalSignIn>()
            .SignInAsync(context.Principal!, http.RequestAborted).ConfigureAwait(false);
        if (member is null)
        {
            var who = context.Principal?.FindFirst("email")?.Value ?? context.Principal?.FindFirst("sub")?.Value ?? "(unnamed)";
            LogRefused(logger, who, refusal);
            context.HandleResponse();
            await Refused(http, refusal).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        TeamSignInEndpoints.LogSignedIn(logger, member.Username);
        // The same principal as a password sign-in (the cookie is checked against the account on every request), dated:
        // after Team:OpenIdConnect:RecheckAfter the provider is asked again whether the person still has a role.
        context.Principal = TeamAuthentication.PrincipalOf(member, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    private static Task RemoteFailureAsync(RemoteFailureContext context)
    {
        LogFailed(Logger(context.HttpContext), context.Failure?.Message ?? "unknown");
        return RefuseAsync(context.HttpContext, context, "team.signIn.providerFailed");
    }

    private static async Task RefuseAsync(HttpContext http, HandleRequestContext<RemoteAuthenticationOptions> context, string problemKey)
    {
        context.HandleResponse();
        await TeamSignInEndpoints.Form(http, null, TeamText.For(http)[problemKey], null, StatusCodes.Status401Unauthorized).ExecuteAsync(http).ConfigureAwait(false);
    }

    private static IResult Refused(HttpContext http, TeamExternalRefusal refusal)
    {
        var text = TeamText.For(http);
        var why = text[refusal switch
        {
            TeamExternalRefusal.EmailNotAllowed => "team.signIn.emailNotAllowed",
            TeamExternalRefusal.Disabled => "team.signIn.disabled",
            TeamExternalRefusal.NoRole => "team.signIn.noRole",
            _ => "team.signIn.unknownPerson",
        }];
        var body = $"""
            <section class="signin">
              <h1>{TeamHtml.E(text["team.signIn.notAllowed"])}</h1>
              <p class="problem" role="alert">{TeamHtml.E(why)} {TeamHtml.E(text["team.signIn.askAdmin"])}</p>
              <p><a class="button" href="{TeamAuthentication.SignInPath}">{TeamHtml.E(text["team.signIn.back"])}</a></p>
            </section>
            """;
        return TeamHtml.Page(http, text["team.signIn.notAllowed"], body, null, null, status: StatusCodes.Status403Forbidden);
    }

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Majordome.Bot.Team.SignIn");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team sign-in through the OpenID Connect provider refused for {Person}: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string person, TeamExternalRefusal refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Team sign-in through the OpenID Connect provider failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
