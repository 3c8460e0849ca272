using Microsoft.Bot.Schema;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>One webhook event understood: its kind, its thread, and the activity it becomes (if any).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Thread">The customer's thread, or null for page-level events.</param>
/// <param name="Activity">The Bot Framework activity, or null when the event has none (echoes, page-level events).</param>
/// <param name="Timestamp">When it happened.</param>
/// <param name="Standby">Whether it came on <c>standby</c> (another app owns the thread).</param>
/// <param name="Mid">The message id it carries or refers to, if any.</param>
/// <param name="Detail">A short description for the log (never the customer's text).</param>
public sealed record InboundEvent(InboundKind Kind, MessengerThread? Thread, Activity? Activity, DateTimeOffset Timestamp, bool Standby, string? Mid, string Detail)
{
    /// <summary>Whether the customer acted, which opens or refreshes the 24-hour messaging window.</summary>
    public bool IsCustomerAction => Thread is not null && Kind is InboundKind.Message or InboundKind.Postback or InboundKind.Referral
        or InboundKind.OptIn or InboundKind.Reaction or InboundKind.Edit;

    /// <summary>Whether the bot gets a turn for it (unless the thread is paused or the event came on standby).</summary>
    public bool RunsTurn => Activity is not null && !Standby && Kind is InboundKind.Message or InboundKind.Postback
        or InboundKind.Referral or InboundKind.OptIn or InboundKind.Reaction;
}
