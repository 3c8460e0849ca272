using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// Maps the team console under <c>/team</c>. Every route requires a signed-in team member except the sign-in page
/// itself and the console's static style and script; every POST is checked for its anti-forgery token; every page
/// asked with <c>?lang=</c> keeps the agent's language (<see cref="TeamLanguage"/>).
/// </summary>
public static class TeamEndpoints
{
    /// <summary>Maps the console's routes.</summary>
    public static IEndpointRouteBuilder MapTeamConsole(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var open = endpoints.MapGroup(TeamAuthentication.BasePath).AddEndpointFilter(TeamLanguage.RememberAsync).AddEndpointFilter(TeamAntiforgery.ValidateAsync);
        open.MapGet("/signin", TeamSignInEndpoints.ShowAsync).AllowAnonymous();
        open.MapPost("/signin", TeamSignInEndpoints.SignInAsync).AllowAnonymous();
        open.MapGet("/assets/{name}", TeamAssets.Serve).AllowAnonymous();
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<TeamOpenIdConnectOptions>>().Value.Enabled)
        {
            // Only with a provider configured: without one these routes do not exist.
            open.MapGet("/signin/oidc", TeamSignInEndpoints.Challenge).AllowAnonymous();
            open.MapGet("/signin/complete", TeamSignInEndpoints.Complete).AllowAnonymous();
        }

        var team = endpoints.MapGroup(TeamAuthentication.BasePath)
            .RequireAuthorization(TeamAuthentication.Policy)
            .AddEndpointFilter(TeamLanguage.RememberAsync)
            .AddEndpointFilter(TeamAntiforgery.ValidateAsync);
        team.MapPost("/signout", (Delegate)TeamSignInEndpoints.SignOutAsync);
        team.MapGet("/", TeamQueuePage.ShowAsync);
        team.MapGet("/conversations/{id:long}", TeamConversationPage.ShowAsync);
        team.MapPost("/conversations/{id:long}/take", TeamConversationActions.TakeAsync);
        team.MapPost("/conversations/{id:long}/messages", TeamConversationActions.SendAsync);
        team.MapPost("/conversations/{id:long}/handback", TeamConversationActions.HandBackAsync);
        team.MapGet("/api/conversations/{id:long}/events", TeamConversationEvents.StreamAsync);
        team.MapGet("/jobs", TeamJobsPage.ShowAsync);
        team.MapPost("/jobs/{id:long}/cancel", TeamJobActions.CancelAsync);
        return endpoints;
    }
}
