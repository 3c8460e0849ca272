using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Majordome.Bot.Team.Console;

/// <summary>GET /team: the conversations waiting for a person, oldest first, and those the team holds.</summary>
public static class TeamQueuePage
{
    /// <summary>Renders the queue; it reloads itself every few seconds so a new request shows up without a click.</summary>
    public static async Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, SqlHandoffQueue queue, SqlHandoffContacts contacts, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        var member = TeamAuthentication.Member(http);
        var text = TeamText.For(http);
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        var open = await queue.ListOpenAsync(http.RequestAborted).ConfigureAwait(false);
        var left = await contacts.ListOpenAsync(http.RequestAborted).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var waiting = open.Where(r => r.Status == HandoffStatus.Waiting).ToList();
        var held = open.Where(r => r.Status == HandoffStatus.Taken).ToList();

        var body = new StringBuilder();
        body.Append("<h1>").Append(TeamHtml.E(text["team.queue.waiting"])).Append(" <span class=\"count\">").Append(waiting.Count).Append("</span></h1>");
        body.Append(waiting.Count == 0
            ? $"<p class=\"empty\">{TeamHtml.E(text["team.queue.nobody"])}</p>"
            : Table(text, waiting, left, now, r => TeamHtml.PostButton($"/team/conversations/{r.Id}/take", text["team.queue.take"], token, "button primary")));
        body.Append("<h2>").Append(TeamHtml.E(text["team.queue.held"])).Append(" <span class=\"count\">").Append(held.Count).Append("</span></h2>");
        body.Append(held.Count == 0
            ? $"<p class=\"empty\">{TeamHtml.E(text["team.queue.noneHeld"])}</p>"
            : Table(text, held, left, now, r => $"<span class=\"holder{(r.AgentId == member.Id ? " mine" : string.Empty)}\">{(r.AgentId == member.Id ? TeamHtml.E(text["team.queue.you"]) : TeamHtml.E(r.AgentName))}</span>"));
        return TeamHtml.Page(http, text["team.queue.title"], body.ToString(), member, token, "queue.js");
    }

    private static string Table(TeamText text, IReadOnlyList<HandoffRequest> requests, IReadOnlyDictionary<long, HandoffContact> contacts, DateTimeOffset now, Func<HandoffRequest, string> action)
    {
        var rows = new StringBuilder("<table class=\"queue\"><thead><tr>");
        foreach (var column in new[] { "waited", "reason", "channel", "language", "contact" })
        {
            rows.Append("<th>").Append(TeamHtml.E(text[$"team.queue.column.{column}"])).Append("</th>");
        }

        rows.Append("<th></th></tr></thead><tbody>");
        foreach (var r in requests)
        {
            rows.Append("<tr data-request=\"").Append(r.Id).Append("\">")
                .Append("<td title=\"").Append(TeamHtml.E(text.Time(r.RequestedUtc))).Append("\">").Append(TeamHtml.E(text.Waited(now - r.RequestedUtc))).Append("</td>")
                .Append("<td><a href=\"/team/conversations/").Append(r.Id).Append("\">").Append(TeamHtml.E(TeamLabels.Reason(text, r.Reason))).Append("</a></td>")
                .Append("<td>").Append(TeamHtml.E(TeamLabels.Channel(r.Channel))).Append("</td>")
                .Append("<td>").Append(TeamHtml.E(TeamLabels.Language(text, r.Language))).Append("</td>")
                .Append("<td class=\"contact\">").Append(contacts.TryGetValue(r.Id, out var contact) ? Contact(text, contact) : string.Empty).Append("</td>")
                .Append("<td class=\"action\">").Append(action(r)).Append("</td></tr>");
        }

        return rows.Append("</tbody></table>").ToString();
    }

    // The address or number as a link the agent's mail or phone app opens, and what the customer agreed to, and when.
    private static string Contact(TeamText text, HandoffContact contact)
    {
        var link = contact.Email is { } email ? $"mailto:{email}" : $"tel:{contact.Phone}";
        return $"<a href=\"{TeamHtml.E(link)}\">{TeamHtml.E(contact.Email ?? contact.Phone)}</a>"
            + $"<div class=\"consent\">{TeamHtml.E(text.Get("team.queue.consent", new { time = text.Time(contact.ConsentedUtc), text = contact.ConsentText }))}</div>";
    }
}
