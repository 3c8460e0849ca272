using Newtonsoft.Json;

namespace Majordome.Bot.Turns.Holds;

/// <summary>Who holds a conversation the bot must stay silent in.</summary>
public static class HoldKinds
{
    /// <summary>A team member took it in the console (<c>/team</c>); it lasts until they hand it back.</summary>
    public const string Team = "team";

    /// <summary>
    /// A person answers it from Meta's Page Inbox (or another app has the thread). Meta sends nothing when such a
    /// person simply stops, so this hold lapses <see cref="ConversationHold.InboxLifetime"/> after its last renewal.
    /// </summary>
    public const string Inbox = "inbox";
}

/// <summary>
/// "A person holds this conversation": the one flag every channel's bot turn reads to stay silent. It lives in the
/// conversation's own state document (property <see cref="PropertyName"/>), so it is read with the state the turn
/// loads anyway: a conversation nobody holds costs no extra query.
/// </summary>
public sealed record ConversationHold
{
    /// <summary>The property of the conversation state document that carries the hold.</summary>
    public const string PropertyName = "heldBy";

    /// <summary>How long a <see cref="HoldKinds.Inbox"/> hold lasts without being renewed (Meta makes a thread idle after 24 hours).</summary>
    public static readonly TimeSpan InboxLifetime = TimeSpan.FromHours(24);

    /// <summary>A <see cref="HoldKinds"/> value.</summary>
    [JsonProperty("kind")]
    public string Kind { get; init; } = HoldKinds.Team;

    /// <summary>Who holds it (the agent's display name) or why (the Page Inbox's reason), for the logs.</summary>
    [JsonProperty("by")]
    public string? By { get; init; }

    /// <summary>When it was set or last renewed.</summary>
    [JsonProperty("since")]
    public DateTimeOffset Since { get; init; }

    /// <summary>Whether the hold still keeps the bot silent at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => Kind != HoldKinds.Inbox || now - Since < InboxLifetime;
}
