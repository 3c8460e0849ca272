using System.Globalization;
using System.Text;
using Majordome.Bot.Data;
using Majordome.Dialogs.Bookings;
using Microsoft.AspNetCore.Antiforgery;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// GET /team/conversations/{id}: one customer's request: why, where, in which language, what was said (live), their
/// upcoming bookings and recent orders, and what the agent may do (take it; or write and hand back when they hold it).
/// </summary>
public static class TeamConversationPage
{
    /// <summary>Renders the conversation.</summary>
    public static async Task<IResult> ShowAsync(long id, HttpContext http, IAntiforgery antiforgery, SqlHandoffQueue queue, SqlTranscriptStore transcripts, IBookingStore bookings, SqlOrderStore orders, TimeProvider time, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var member = TeamAuthentication.Member(http);
        var text = TeamText.For(http);
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        var cancellationToken = http.RequestAborted;
        if (await queue.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return TeamHtml.Page(http, text["team.conversation.notFoundTitle"], $"<h1>{TeamHtml.E(text["team.conversation.notFound"])}</h1><p><a href=\"/team\">{TeamHtml.E(text["team.conversation.backToQueue"])}</a></p>", member, token, status: StatusCodes.Status404NotFound);
        }

        var lines = await transcripts.ReadAsync(request.Channel, request.ConversationId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var upcoming = await bookings.ListUpcomingAsync(request.CustomerKey, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var recent = await orders.ListOrdersAsync(request.CustomerKey, 5, cancellationToken).ConfigureAwait(false);
        var mine = request.Status == HandoffStatus.Taken && request.AgentId == member.Id;

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"crumbs\"><a href=\"/team\">{TeamHtml.E(text["team.conversation.crumb"])}</a></p><h1>{TeamHtml.E(TeamLabels.Reason(text, request.Reason))}</h1>");
        if (NoticeText(text, notice) is { } said)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">{TeamHtml.E(said)}</p>");
        }

        body.Append("<dl class=\"facts\">")
            .Append(CultureInfo.InvariantCulture, $"<dt>{TeamHtml.E(text["team.conversation.status"])}</dt><dd id=\"status\">{TeamHtml.E(StatusText(text, request, member))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>{TeamHtml.E(text["team.conversation.channel"])}</dt><dd>{TeamHtml.E(TeamLabels.Channel(request.Channel))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>{TeamHtml.E(text["team.conversation.language"])}</dt><dd>{TeamHtml.E(TeamLabels.Language(text, request.Language))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>{TeamHtml.E(text["team.conversation.asked"])}</dt><dd>{TeamHtml.E(text.Time(request.RequestedUtc))}</dd>")
            .Append("</dl>");

        body.Append(CultureInfo.InvariantCulture, $"<div class=\"columns\"><section class=\"conversation\"><h2>{TeamHtml.E(text["team.conversation.title"])}</h2>");
        // The live script names new lines' authors with the page's own words.
        body.Append(CultureInfo.InvariantCulture, $"<ol id=\"transcript\" class=\"transcript\" data-events=\"/team/api/conversations/{request.Id}/events\" data-after=\"{(lines.Count == 0 ? 0 : lines[^1].Id)}\"")
            .Append(CultureInfo.InvariantCulture, $" data-customer=\"{TeamHtml.E(text["team.author.customer"])}\" data-team=\"{TeamHtml.E(text["team.author.team"])}\" data-bot=\"{TeamHtml.E(text["team.author.bot"])}\">");
        foreach (var line in lines)
        {
            body.Append(Line(text, line));
        }

        body.Append("</ol>");
        body.Append(Actions(text, request, member, mine, token));
        body.Append(CultureInfo.InvariantCulture, $"</section><aside class=\"customer\"><h2>{TeamHtml.E(text["team.conversation.bookings"])}</h2>");
        body.Append(upcoming.Count == 0 ? $"<p class=\"empty\">{TeamHtml.E(text["team.conversation.noBooking"])}</p>" : "<ul>" + string.Concat(upcoming.Select(b => Booking(text, b))) + "</ul>");
        body.Append(CultureInfo.InvariantCulture, $"<h2>{TeamHtml.E(text["team.conversation.orders"])}</h2>");
        body.Append(recent.Count == 0 ? $"<p class=\"empty\">{TeamHtml.E(text["team.conversation.noOrder"])}</p>" : "<ul>" + string.Concat(recent.Select(o => Order(text, o))) + "</ul>");
        body.Append("</aside></div>");
        return TeamHtml.Page(http, text["team.conversation.title"], body.ToString(), member, token, "conversation.js");
    }

    /// <summary>One line of the transcript, in the agent's words (<paramref name="text"/>), as the live script also builds it.</summary>
    public static string Line(TeamText text, TranscriptLine line)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(line);
        var who = line.Author switch
        {
            TranscriptAuthor.Customer => text["team.author.customer"],
            TranscriptAuthor.Agent => line.AuthorName ?? text["team.author.team"],
            _ => text["team.author.bot"],
        };
        return $"<li class=\"line {TeamHtml.E(line.Author)}\" data-id=\"{line.Id}\"><span class=\"who\">{TeamHtml.E(who)}</span><time>{TeamHtml.E(text.Clock(line.CreatedUtc))}</time><p>{TeamHtml.E(line.Text)}</p></li>";
    }

    private static string Actions(TeamText text, HandoffRequest request, TeamMember member, bool mine, string token)
    {
        if (request.Status == HandoffStatus.Waiting)
        {
            return $"<div class=\"actions\">{TeamHtml.PostButton($"/team/conversations/{request.Id}/take", text["team.conversation.take"], token, "button primary")}<span class=\"hint\">{TeamHtml.E(text["team.conversation.takeHint"])}</span></div>";
        }

        if (mine)
        {
            return $"""
                <form id="reply" class="reply" method="post" action="/team/conversations/{request.Id}/messages">
                  {TeamHtml.TokenField(token)}
                  <label for="reply-text">{TeamHtml.E(text.Get("team.conversation.reply", new { language = TeamLabels.Language(text, request.Language) }))}</label>
                  <textarea id="reply-text" name="text" rows="3" maxlength="{TeamTakeover.MaxMessageLength}" required></textarea>
                  <div class="actions"><button type="submit" class="button primary">{TeamHtml.E(text["team.conversation.send"])}</button><span id="reply-problem" class="problem" role="alert"></span></div>
                </form>
                <div class="actions handback">{TeamHtml.PostButton($"/team/conversations/{request.Id}/handback", text["team.conversation.handBack"], token)}<span class="hint">{TeamHtml.E(text["team.conversation.handBackHint"])}</span></div>
                """;
        }

        return request.Status == HandoffStatus.Taken && member.Role == TeamRoles.Admin
            ? $"<div class=\"actions\">{TeamHtml.PostButton($"/team/conversations/{request.Id}/handback", text["team.conversation.handBackAdmin"], token)}</div>"
            : string.Empty;
    }

    private static string StatusText(TeamText text, HandoffRequest request, TeamMember member) => request.Status switch
    {
        HandoffStatus.Waiting => text["team.status.waiting"],
        HandoffStatus.Taken when request.AgentId == member.Id => text["team.status.withYou"],
        HandoffStatus.Taken => text.Get("team.status.withAgent", new { name = request.AgentName }),
        _ => text["team.status.handedBack"],
    };

    private static string? NoticeText(TeamText text, string? notice) => notice switch
    {
        "taken-by-other" => text["team.notice.takenByOther"],
        "not-yours" => text["team.notice.notYours"],
        "customer-gone" => text["team.notice.customerGone"],
        "handed-back" => text["team.notice.handedBack"],
        "empty" => text["team.notice.empty"],
        "too-long" => text.Get("team.notice.tooLong", new { max = TeamTakeover.MaxMessageLength }),
        "outside-window" => text["team.notice.outsideWindow"],
        "not-delivered" => text["team.notice.notDelivered"],
        _ => null,
    };

    private static string Booking(TeamText text, Booking booking) =>
        $"<li><strong>{TeamHtml.E(booking.Reference)}</strong> {TeamHtml.E(booking.BoutiqueId)}, {TeamHtml.E(text.Time(booking.Start))}, {TeamHtml.E(text.Get("team.booking.people", new { count = booking.PartySize }))}, {TeamHtml.E(booking.Name)} {TeamHtml.E(booking.Phone)} ({TeamHtml.E(text[$"team.booking.status.{booking.Status}"])})</li>";

    private static string Order(TeamText text, Majordome.Dialogs.Commerce.Order order) =>
        $"<li><strong>{TeamHtml.E(text.Get("team.order.number", new { number = order.Number }))}</strong> {TeamHtml.E(text.Time(order.PlacedAt))}, {TeamHtml.E(string.Join(", ", order.Lines.Select(l => $"{l.Quantity} × {l.Name}")))}, {TeamHtml.E(order.Total.ToString("0.00", text.Culture))} € ({TeamHtml.E(text[$"team.order.status.{order.Status}"])})</li>";
}
