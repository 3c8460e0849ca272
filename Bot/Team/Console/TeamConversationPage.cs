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
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        var cancellationToken = http.RequestAborted;
        if (await queue.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return TeamHtml.Page(http, "Not found", "<h1>No such conversation</h1><p><a href=\"/team\">Back to the queue</a></p>", member, token, status: StatusCodes.Status404NotFound);
        }

        var lines = await transcripts.ReadAsync(request.Channel, request.ConversationId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var upcoming = await bookings.ListUpcomingAsync(request.CustomerKey, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var recent = await orders.ListOrdersAsync(request.CustomerKey, 5, cancellationToken).ConfigureAwait(false);
        var mine = request.Status == HandoffStatus.Taken && request.AgentId == member.Id;

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"crumbs\"><a href=\"/team\">← Queue</a></p><h1>{TeamHtml.E(TeamLabels.Reason(request.Reason))}</h1>");
        if (NoticeText(notice) is { } said)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">{TeamHtml.E(said)}</p>");
        }

        body.Append("<dl class=\"facts\">")
            .Append(CultureInfo.InvariantCulture, $"<dt>Status</dt><dd id=\"status\">{TeamHtml.E(StatusText(request, member))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Channel</dt><dd>{TeamHtml.E(TeamLabels.Channel(request.Channel))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Language</dt><dd>{TeamHtml.E(TeamLabels.Language(request.Language))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Asked</dt><dd>{TeamHtml.Time(request.RequestedUtc)}</dd>")
            .Append("</dl>");

        body.Append("<div class=\"columns\"><section class=\"conversation\"><h2>Conversation</h2>");
        body.Append(CultureInfo.InvariantCulture, $"<ol id=\"transcript\" class=\"transcript\" data-events=\"/team/api/conversations/{request.Id}/events\" data-after=\"{(lines.Count == 0 ? 0 : lines[^1].Id)}\">");
        foreach (var line in lines)
        {
            body.Append(Line(line));
        }

        body.Append("</ol>");
        body.Append(Actions(request, member, mine, token));
        body.Append("</section><aside class=\"customer\"><h2>Bookings</h2>");
        body.Append(upcoming.Count == 0 ? "<p class=\"empty\">No upcoming booking.</p>" : "<ul>" + string.Concat(upcoming.Select(Booking)) + "</ul>");
        body.Append("<h2>Orders</h2>");
        body.Append(recent.Count == 0 ? "<p class=\"empty\">No order.</p>" : "<ul>" + string.Concat(recent.Select(Order)) + "</ul>");
        body.Append("</aside></div>");
        return TeamHtml.Page(http, "Conversation", body.ToString(), member, token, "conversation.js");
    }

    /// <summary>One line of the transcript, as the live script also builds it.</summary>
    public static string Line(TranscriptLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var who = line.Author switch
        {
            TranscriptAuthor.Customer => "Customer",
            TranscriptAuthor.Agent => line.AuthorName ?? "Team",
            _ => "Bot",
        };
        return $"<li class=\"line {TeamHtml.E(line.Author)}\" data-id=\"{line.Id}\"><span class=\"who\">{TeamHtml.E(who)}</span><time>{line.CreatedUtc.UtcDateTime:HH:mm}</time><p>{TeamHtml.E(line.Text)}</p></li>";
    }

    private static string Actions(HandoffRequest request, TeamMember member, bool mine, string token)
    {
        if (request.Status == HandoffStatus.Waiting)
        {
            return $"<div class=\"actions\">{TeamHtml.PostButton($"/team/conversations/{request.Id}/take", "Take this conversation", token, "button primary")}<span class=\"hint\">The bot goes silent and the customer is told your name.</span></div>";
        }

        if (mine)
        {
            return $"""
                <form id="reply" class="reply" method="post" action="/team/conversations/{request.Id}/messages">
                  {TeamHtml.TokenField(token)}
                  <label for="reply-text">Reply to the customer ({TeamHtml.E(TeamLabels.Language(request.Language))})</label>
                  <textarea id="reply-text" name="text" rows="3" maxlength="{TeamTakeover.MaxMessageLength}" required></textarea>
                  <div class="actions"><button type="submit" class="button primary">Send</button><span id="reply-problem" class="problem" role="alert"></span></div>
                </form>
                <div class="actions handback">{TeamHtml.PostButton($"/team/conversations/{request.Id}/handback", "Hand back to the bot", token)}<span class="hint">The bot tells the customer and offers its menu.</span></div>
                """;
        }

        return request.Status == HandoffStatus.Taken && member.Role == TeamRoles.Admin
            ? $"<div class=\"actions\">{TeamHtml.PostButton($"/team/conversations/{request.Id}/handback", "Hand back to the bot (admin)", token)}</div>"
            : string.Empty;
    }

    private static string StatusText(HandoffRequest request, TeamMember member) => request.Status switch
    {
        HandoffStatus.Waiting => "Waiting for a person",
        HandoffStatus.Taken when request.AgentId == member.Id => "With you",
        HandoffStatus.Taken => $"With {request.AgentName}",
        _ => "Handed back to the bot",
    };

    private static string? NoticeText(string? notice) => notice switch
    {
        "taken-by-other" => "Another team member took this conversation first.",
        "not-yours" => "You do not hold this conversation.",
        "customer-gone" => "The customer's conversation has ended or expired: they can no longer be reached here.",
        "handed-back" => "Handed back to the bot.",
        "empty" => "Write something before sending.",
        "too-long" => $"A message may have at most {TeamTakeover.MaxMessageLength} characters.",
        "outside-window" => TeamConversationActions.OutsideWindowText,
        "not-delivered" => TeamConversationActions.NotDeliveredText,
        _ => null,
    };

    private static string Booking(Booking booking) =>
        $"<li><strong>{TeamHtml.E(booking.Reference)}</strong> {TeamHtml.E(booking.BoutiqueId)}, {TeamHtml.Time(booking.Start)}, {booking.PartySize} people, {TeamHtml.E(booking.Name)} {TeamHtml.E(booking.Phone)} ({TeamHtml.E(booking.Status.ToString())})</li>";

    private static string Order(Majordome.Dialogs.Commerce.Order order) =>
        $"<li><strong>No. {order.Number}</strong> {TeamHtml.Time(order.PlacedAt)}, {TeamHtml.E(string.Join(", ", order.Lines.Select(l => $"{l.Quantity} × {l.Name}")))}, {order.Total.ToString("0.00", CultureInfo.InvariantCulture)} € ({TeamHtml.E(order.Status.ToString())})</li>";
}
