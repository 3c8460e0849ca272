using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// The console's sign-in: a cookie of its own scheme, limited to <c>/team</c>, HttpOnly and SameSite=Strict. Each
/// request checks the account again (still there, not disabled, same security stamp), so disabling an account or
/// changing its password signs it out at once; a session the brand's provider opened also goes back through the
/// provider after <see cref="TeamOpenIdConnectOptions.RecheckAfter"/>, so a role removed there ends it then. Pages send
/// the browser to the sign-in page; the API answers 401.
/// </summary>
public static class TeamAuthentication
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "Team";

    /// <summary>The authorization policy of every console route but sign-in.</summary>
    public const string Policy = "TeamMember";

    /// <summary>The console's path.</summary>
    public const string BasePath = "/team";

    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/team/signin";

    /// <summary>Where the console's API lives (answers 401 instead of redirecting).</summary>
    public const string ApiPath = "/team/api";

    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "majordome.team";

    private const string StampClaim = "majordome:stamp";
    private const string ProviderSignInClaim = "majordome:provider-signin";
    private const string DisplayNameClaim = "majordome:name";
    private const string MemberItem = "majordome.team.member";

    /// <summary>
    /// The principal of a signed-in <paramref name="member"/>; <paramref name="providerSignIn"/>, when the brand's
    /// provider signed them in, dates the session for <see cref="TeamOpenIdConnectOptions.RecheckAfter"/>.
    /// </summary>
    public static ClaimsPrincipal PrincipalOf(TeamMember member, DateTimeOffset? providerSignIn = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, member.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, member.Username),
                new Claim(DisplayNameClaim, member.DisplayName),
                new Claim(ClaimTypes.Role, member.Role),
                new Claim(StampClaim, member.SecurityStamp),
            ],
            Scheme);
        if (providerSignIn is { } at)
        {
            identity.AddClaim(new Claim(ProviderSignInClaim, at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in member of the request (checked against the database when the cookie was read).</summary>
    public static TeamMember Member(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[MemberItem] as TeamMember
            ?? throw new InvalidOperationException("No team member is signed in: the route must require the TeamMember policy.");
    }

    /// <summary>Configures the cookie (see the class).</summary>
    public static void Configure(CookieAuthenticationOptions cookie, TeamOptions options)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(options);
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.Path = BasePath;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = options.SessionLifetime;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = SignInPath;
        cookie.AccessDeniedPath = SignInPath;
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        cookie.Events.OnValidatePrincipal = ValidateAsync;
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase) || !HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var members = context.HttpContext.RequestServices.GetRequiredService<SqlTeamMembers>();
        var member = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await members.FindByIdAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        if (member is null || member.Disabled || member.SecurityStamp != principal?.FindFirstValue(StampClaim) || ProviderMustRecheck(context.HttpContext, principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
            return;
        }

        context.HttpContext.Items[MemberItem] = member;
    }

    // Only the provider knows whether a person it signed in still has a role there: past RecheckAfter the session is
    // ended, and the sign-in page sends them back through the provider, which maps their role again.
    private static bool ProviderMustRecheck(HttpContext http, ClaimsPrincipal? principal)
    {
        if (!long.TryParse(principal?.FindFirstValue(ProviderSignInClaim), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return false;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<TeamOpenIdConnectOptions>>().Value;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) >= options.RecheckAfter;
    }
}
