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
        var text = TeamText.For(http);
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        if (member.Role != TeamRoles.Admin)
        {
            return TeamHtml.Page(http, text["team.jobs.title"], $"<h1>{TeamHtml.E(text["team.jobs.title"])}</h1><p class=\"empty\">{TeamHtml.E(text["team.jobs.adminOnly"])}</p>", member, token, status: StatusCodes.Status403Forbidden);
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
            body.Append("<p class=\"notice\">").Append(TeamHtml.E(text["team.jobs.notPending"])).Append("</p>");
        }

        Section(text, body, "h1", text["team.jobs.title"], pending, text["team.jobs.nothingScheduled"], j => TeamHtml.PostButton($"{Path}/{j.Id}/cancel", text["team.jobs.cancel"], token));
        Section(text, body, "h2", text["team.jobs.sent"], sent, text["team.jobs.nothingSent"], null);
        Section(text, body, "h2", text["team.jobs.notSent"], failed, text["team.jobs.allSent"], null);
        return TeamHtml.Page(http, text["team.jobs.title"], body.ToString(), member, token);
    }

    private static void Section(TeamText text, StringBuilder body, string heading, string title, IReadOnlyList<ProactiveJob> jobs, string empty, Func<ProactiveJob, string>? action)
    {
        body.Append('<').Append(heading).Append('>').Append(TeamHtml.E(title)).Append(" <span class=\"count\">").Append(jobs.Count).Append("</span></").Append(heading).Append('>');
        if (jobs.Count == 0)
        {
            body.Append("<p class=\"empty\">").Append(TeamHtml.E(empty)).Append("</p>");
            return;
        }

        body.Append("<table class=\"queue jobs\"><thead><tr>");
        foreach (var column in new[] { "due", "kind", "channel", "customer", "attempts", "outcome" })
        {
            body.Append("<th>").Append(TeamHtml.E(text[$"team.jobs.column.{column}"])).Append("</th>");
        }

        // Kinds and outcomes are the jobs' own codes (flow-message, outside-window), as the logs and the CLI show them.
        body.Append("<th></th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            body.Append("<tr data-job=\"").Append(job.Id).Append("\">")
                .Append("<td>").Append(TeamHtml.E(text.Time(job.Request.DueAt))).Append("</td>")
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
