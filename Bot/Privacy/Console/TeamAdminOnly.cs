using Majordome.Bot.Team;
using Majordome.Bot.Team.Console;

namespace Majordome.Bot.Privacy.Console;

/// <summary>An endpoint filter that lets only admins through: a signed-in agent gets 403 and nothing runs.</summary>
public static class TeamAdminOnly
{
    /// <summary>The filter.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (TeamAuthentication.Member(context.HttpContext).Role != TeamRoles.Admin)
        {
            return Results.Text(TeamText.For(context.HttpContext)["team.privacy.adminOnly"], "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context).ConfigureAwait(false);
    }
}
