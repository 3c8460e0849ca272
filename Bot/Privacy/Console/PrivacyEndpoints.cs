using Majordome.Bot.Team.Console;

namespace Majordome.Bot.Privacy.Console;

/// <summary>
/// Maps the console's data requests under <c>/team/privacy</c>: admins only (agents get 403), signed in, every POST
/// checked for its anti-forgery token, as the rest of the console.
/// </summary>
public static class PrivacyEndpoints
{
    /// <summary>The page's path.</summary>
    public const string BasePath = TeamAuthentication.BasePath + "/privacy";

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapTeamPrivacy(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var privacy = endpoints.MapGroup(BasePath)
            .RequireAuthorization(TeamAuthentication.Policy)
            .AddEndpointFilter(TeamLanguage.RememberAsync)
            .AddEndpointFilter(TeamAntiforgery.ValidateAsync)
            .AddEndpointFilter(TeamAdminOnly.FilterAsync);
        privacy.MapGet("/", PrivacyPage.ShowFormAsync);
        privacy.MapGet("/export", PrivacyActions.ExportAsync);
        privacy.MapPost("/erase", PrivacyActions.EraseAsync);
        return endpoints;
    }
}
