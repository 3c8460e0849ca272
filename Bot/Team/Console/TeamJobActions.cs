using Majordome.Bot.Anticipation;

namespace Majordome.Bot.Team.Console;

/// <summary>POST /team/jobs/{id}/cancel, for admins: a pending scheduled message is cancelled and never sent.</summary>
public static class TeamJobActions
{
    /// <summary>Why a job cancelled from the console ended, as its outcome shows it.</summary>
    public const string CancelledReason = "cancelled-by-team";

    /// <summary>Cancels job <paramref name="id"/>; 403 for an agent who is not an admin, a notice when it was no longer pending.</summary>
    public static async Task<IResult> CancelAsync(long id, HttpContext http, SqlProactiveJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(jobs);
        if (TeamAuthentication.Member(http).Role != TeamRoles.Admin)
        {
            return Results.Text(TeamText.For(http)["team.jobs.cancelAdminOnly"], "text/plain", statusCode: StatusCodes.Status403Forbidden);
        }

        return await jobs.CancelAsync(id, CancelledReason, http.RequestAborted).ConfigureAwait(false)
            ? Results.Redirect(TeamJobsPage.Path)
            : Results.Redirect(TeamJobsPage.Path + "?notice=not-pending");
    }
}
