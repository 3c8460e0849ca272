namespace Majordome.Bot.Team.Notifications;

/// <summary>What the team is told about a new request: the same fields in the email and in the webhook's JSON.</summary>
/// <param name="Event">A <see cref="TeamNoticeEvents"/> value.</param>
/// <param name="RequestId">The request's number in the console's queue, or null when its channel has no console view.</param>
/// <param name="Channel">The customer's channel ("directline", "facebook"...).</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="Language">The customer's language.</param>
/// <param name="Reason">Why (the bot's note, the customer's question), or null when they just asked for a person.</param>
/// <param name="Email">The email address the customer left, if any.</param>
/// <param name="Phone">The phone number the customer left, if any.</param>
/// <param name="ConsentText">The words the customer agreed to when leaving it.</param>
/// <param name="ConsentedUtc">When they agreed.</param>
/// <param name="OccurredUtc">When it happened.</param>
public sealed record TeamNotice(
    string Event,
    long? RequestId,
    string Channel,
    string ConversationId,
    string Language,
    string? Reason,
    string? Email,
    string? Phone,
    string? ConsentText,
    DateTimeOffset? ConsentedUtc,
    DateTimeOffset OccurredUtc);

/// <summary>The kinds of <see cref="TeamNotice"/>.</summary>
public static class TeamNoticeEvents
{
    /// <summary>A customer asked for a person (the command, a flow's handoff, a group booking).</summary>
    public const string Requested = "request.created";

    /// <summary>A customer who could not wait left a way to reach them.</summary>
    public const string ContactLeft = "request.contact_left";
}
