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
            return WantsStatus(http)
                ? Results.Text(problem == "empty" ? "Write something before sending." : $"A message may have at most {TeamTakeover.MaxMessageLength} characters.", statusCode: StatusCodes.Status400BadRequest)
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
            return outcome switch
            {
                TakeoverOutcome.Done => Results.NoContent(),
                TakeoverOutcome.NotFound => Results.Text("No such conversation.", statusCode: StatusCodes.Status404NotFound),
                TakeoverOutcome.Conflict => Results.Text("This conversation is not (or no longer) yours.", statusCode: StatusCodes.Status409Conflict),
                TakeoverOutcome.OutsideWindow => Results.Text(OutsideWindowText, statusCode: StatusCodes.Status422UnprocessableEntity),
                TakeoverOutcome.NotDelivered => Results.Text(NotDeliveredText, statusCode: StatusCodes.Status502BadGateway),
                _ => Results.Text("The customer's conversation has ended or expired.", statusCode: StatusCodes.Status410Gone),
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

    /// <summary>What the agent is told when the platform forbids a free-form message now.</summary>
    public const string OutsideWindowText =
        "Not sent: the customer last wrote too long ago for a free-form message (WhatsApp: 24 hours; Messenger and Instagram: 7 days). Your text is kept; the customer must write again before you can answer.";

    /// <summary>What the agent is told when the platform refused the message for another reason.</summary>
    public const string NotDeliveredText = "Not sent: the customer's platform refused the message or could not be reached. Your text is kept; try again in a moment.";

    private static bool WantsStatus(HttpContext http) =>
        http.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
}
