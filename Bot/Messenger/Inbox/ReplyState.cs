namespace Majordome.Bot.Messenger.Inbox;

/// <summary>What earlier runs of an inbox event did with one of its replies.</summary>
public enum ReplyState
{
    /// <summary>Not sent: it goes out.</summary>
    New,

    /// <summary>Recorded as sent (Graph accepted it, or its echo came): it is not sent again.</summary>
    Sent,

    /// <summary>Intended and not recorded: it was on the wire when the run died; sent again only if its echo does not come.</summary>
    InFlight,
}
