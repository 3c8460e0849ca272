namespace Majordome.Bot.Team;

/// <summary>Where a conversation is in the team's queue.</summary>
public static class HandoffStatus
{
    /// <summary>Waiting for a person; the bot still answers meanwhile.</summary>
    public const string Waiting = "waiting";

    /// <summary>A person has it; the bot is silent.</summary>
    public const string Taken = "taken";

    /// <summary>Handed back to the bot.</summary>
    public const string Closed = "closed";
}

/// <summary>A conversation that asked for a person.</summary>
/// <param name="Id">The request's number.</param>
/// <param name="Channel">The channel id ("directline", "facebook"...).</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="CustomerKey">The customer's key, for their orders and bookings.</param>
/// <param name="Reason">Why: the question or the bot's note ("group booking: 12 people at paris-opera"); null when the customer just asked for a person.</param>
/// <param name="Language">The customer's language ("fr", "en").</param>
/// <param name="ReferenceJson">The Bot Framework conversation reference, to reach the customer.</param>
/// <param name="Status">A <see cref="HandoffStatus"/> value.</param>
/// <param name="AgentId">Who holds it, when taken.</param>
/// <param name="AgentName">Their display name, when taken.</param>
/// <param name="RequestedUtc">When the customer asked.</param>
/// <param name="TakenUtc">When a person took it.</param>
public sealed record HandoffRequest(
    long Id,
    string Channel,
    string ConversationId,
    string CustomerKey,
    string? Reason,
    string Language,
    string ReferenceJson,
    string Status,
    long? AgentId,
    string? AgentName,
    DateTimeOffset RequestedUtc,
    DateTimeOffset? TakenUtc);
