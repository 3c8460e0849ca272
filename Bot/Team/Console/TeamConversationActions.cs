namespace Majordome.Bot.Team.Console;

/// <summary>
/// The POSTs of a conversation: take, send a message, hand back. A plain form gets a redirect to the conversation
/// (with a notice when something stood in the way); the page's script asks for status codes instead
/// (<c>Accept: application/json</c>): 204 done, 400 bad text, 404 unknown, 409 not (or no longer) yours, 410 customer gone,
/// 422 the platform's messaging window is closed, 502 the platform refused it (nothing sent either way; the page keeps the
/// agent's text).
/// </summary>
public static class TeamConversationActions
{
    /// <summary>POST /team/conversations/{id}/take.</summary>
    public static async Task<IResult> TakeAsync(long id, HttpContext http, TeamTakeover takeover)
    {
        ArgumentNullException.ThrowIfNull(http);
        var outcome = await takeover.TakeAsync(id, TeamAuthentication.Member(http), http.RequestAborted).ConfigureAwait(false);
        return Answer(http, id, outcome, "taken-by-other");
    }

    /// <summary>POST /team/conversations/{id}/messages with the form field <c>text</c>.</summary>
    public static async Task<IResult> SendAsync(long id, HttpContext http, TeamTakeover takeover)
    {
        ArgumentNullException.ThrowIfNull(http);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var text = form["text"].ToString().Trim();
        if (text.Length == 0 || text.Length > TeamTakeover.MaxMessageLength)
        {
            var problem = text.Length == 0 ? "empty" : "too-long";
            var words = TeamText.For(http);
            return WantsStatus(http)
                ? Results.Text(text.Length == 0 ? words["team.notice.empty"] : words.Get("team.notice.tooLong", new { max = TeamTakeover.MaxMessageLength }), statusCode: StatusCodes.Status400BadRequest)
                : Results.Redirect($"/team/conversations/{id}?notice={problem}");
        }

        var outcome = await takeover.SendAsync(id, TeamAuthentication.Member(http), text, http.RequestAborted).ConfigureAwait(false);
        return Answer(http, id, outcome, "not-yours");
    }

    /// <summary>POST /team/conversations/{id}/handback.</summary>
    public static async Task<IResult> HandBackAsync(long id, HttpContext http, TeamTakeover takeover)
    {
        ArgumentNullException.ThrowIfNull(http);
        var outcome = await takeover.HandBackAsync(id, TeamAuthentication.Member(http), http.RequestAborted).ConfigureAwait(false);
        return outcome == TakeoverOutcome.Done && !WantsStatus(http)
            ? Results.Redirect($"/team/conversations/{id}?notice=handed-back")
            : Answer(http, id, outcome, "not-yours");
    }

    private static IResult Answer(HttpContext http, long id, TakeoverOutcome outcome, string conflictNotice)
    {
        if (WantsStatus(http))
        {
            // The page's script shows this text to the agent as it is: in their language.
            var text = TeamText.For(http);
            return outcome switch
            {
                TakeoverOutcome.Done => Results.NoContent(),
                TakeoverOutcome.NotFound => Results.Text(text["team.answer.notFound"], statusCode: StatusCodes.Status404NotFound),
                TakeoverOutcome.Conflict => Results.Text(text["team.answer.conflict"], statusCode: StatusCodes.Status409Conflict),
                TakeoverOutcome.OutsideWindow => Results.Text(text["team.notice.outsideWindow"], statusCode: StatusCodes.Status422UnprocessableEntity),
                TakeoverOutcome.NotDelivered => Results.Text(text["team.notice.notDelivered"], statusCode: StatusCodes.Status502BadGateway),
                _ => Results.Text(text["team.answer.gone"], statusCode: StatusCodes.Status410Gone),
            };
        }

        return outcome switch
        {
            TakeoverOutcome.Done => Results.Redirect($"/team/conversations/{id}"),
            TakeoverOutcome.NotFound => Results.Redirect("/team"),
            TakeoverOutcome.Conflict => Results.Redirect($"/team/conversations/{id}?notice={conflictNotice}"),
            TakeoverOutcome.OutsideWindow => Results.Redirect($"/team/conversations/{id}?notice=outside-window"),
            TakeoverOutcome.NotDelivered => Results.Redirect($"/team/conversations/{id}?notice=not-delivered"),
            _ => Results.Redirect($"/team/conversations/{id}?notice=customer-gone"),
        };
    }

    private static bool WantsStatus(HttpContext http) =>
        http.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
}
