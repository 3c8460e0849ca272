using System.Text;
using Majordome.Bot.Anticipation;
using Majordome.Dialogs.Anticipation;
using Microsoft.AspNetCore.Antiforgery;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// GET /team/jobs, for admins: the messages the assistant will write first (pending, soonest first, each with a
/// cancel button), and the last ones sent and not sent, with why. Customers are masked (<see cref="TeamCustomerMask"/>).
/// </summary>
public static class TeamJobsPage
{
    /// <summary>The path of the page.</summary>
    public const string Path = "/team/jobs";

    /// <summary>How many jobs each table shows at most.</summary>
    public const int Limit = 200;

    /// <summary>Renders the page; an agent who is not an admin gets 403.</summary>
    public static async Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, SqlProactiveJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(jobs);
        var member = TeamAuthentication.Member(http);
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        if (member.Role != TeamRoles.Admin)
        {
            return TeamHtml.Page(http, "Scheduled messages", "<h1>Scheduled messages</h1><p class=\"empty\">Only an admin sees and cancels the scheduled messages.</p>", member, token, status: StatusCodes.Status403Forbidden);
        }

        var cancellation = http.RequestAborted;
        var pending = (await jobs.ListAsync(null, ProactiveJobStatus.Pending, Limit, cancellation).ConfigureAwait(false)).OrderBy(j => j.Request.DueAt).ToList();
        var sent = await jobs.ListAsync(null, ProactiveJobStatus.Sent, Limit, cancellation).ConfigureAwait(false);
        var failed = (await jobs.ListAsync(null, ProactiveJobStatus.Failed, Limit, cancellation).ConfigureAwait(false))
            .Concat(await jobs.ListAsync(null, ProactiveJobStatus.Dropped, Limit, cancellation).ConfigureAwait(false))
            .OrderByDescending(j => j.UpdatedAt).Take(Limit).ToList();

        var body = new StringBuilder();
        if (http.Request.Query["notice"] == "not-pending")
        {
            body.Append("<p class=\"notice\">That message was no longer pending (sent or cancelled meanwhile): nothing was changed.</p>");
        }

        Section(body, "h1", "Scheduled messages", pending, "Nothing is scheduled.", j => TeamHtml.PostButton($"{Path}/{j.Id}/cancel", "Cancel", token));
        Section(body, "h2", "Sent", sent, "Nothing was sent yet.", null);
        Section(body, "h2", "Not sent", failed, "Every message due was sent.", null);
        return TeamHtml.Page(http, "Scheduled messages", body.ToString(), member, token);
    }

    private static void Section(StringBuilder body, string heading, string title, IReadOnlyList<ProactiveJob> jobs, string empty, Func<ProactiveJob, string>? action)
    {
        body.Append('<').Append(heading).Append('>').Append(TeamHtml.E(title)).Append(" <span class=\"count\">").Append(jobs.Count).Append("</span></").Append(heading).Append('>');
        if (jobs.Count == 0)
        {
            body.Append("<p class=\"empty\">").Append(TeamHtml.E(empty)).Append("</p>");
            return;
        }

        body.Append("<table class=\"queue jobs\"><thead><tr><th>Due</th><th>Kind</th><th>Channel</th><th>Customer</th><th>Attempts</th><th>Outcome</th><th></th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            body.Append("<tr data-job=\"").Append(job.Id).Append("\">")
                .Append("<td>").Append(TeamHtml.E(TeamHtml.Time(job.Request.DueAt))).Append("</td>")
                .Append("<td>").Append(TeamHtml.E(job.Request.Kind)).Append("</td>")
                .Append("<td>").Append(TeamHtml.E(TeamLabels.Channel(job.Request.To.ChannelId))).Append("</td>")
                .Append("<td class=\"customer\">").Append(TeamHtml.E(TeamCustomerMask.Mask(job.Request.To.CustomerKey))).Append("</td>")
                .Append("<td>").Append(job.Attempts).Append("</td>")
                .Append("<td>").Append(TeamHtml.E(job.Outcome ?? string.Empty)).Append("</td>")
                .Append("<td class=\"action\">").Append(action?.Invoke(job) ?? string.Empty).Append("</td></tr>");
        }

        body.Append("</tbody></table>");
    }
}
