namespace Majordome.Bot.Team;

/// <summary>What became of a message the team sent a customer through their channel.</summary>
public enum TeamDelivery
{
    /// <summary>The channel accepted it.</summary>
    Sent,

    /// <summary>The conversation can no longer be reached (it ended, expired, or the customer blocked the account).</summary>
    CustomerGone,

    /// <summary>
    /// The platform forbids a free-form message now (WhatsApp more than 24 hours, Messenger and Instagram more than 7 days
    /// after the customer last wrote): nothing was sent, and the agent keeps their text.
    /// </summary>
    OutsideWindow,

    /// <summary>The platform refused it for another reason, or stayed unreachable after retries: nothing was sent.</summary>
    Failed,
}
