using Majordome.Bot.Messenger.Send;

namespace Majordome.Bot.Team;

/// <summary>What a refusal of Meta's Graph API means for a team member's message, the same on Messenger, Instagram and WhatsApp.</summary>
public static class TeamDeliveries
{
    /// <summary>The delivery a send refused with <paramref name="kind"/> comes to.</summary>
    public static TeamDelivery FromRefusal(GraphErrorKind kind) => kind switch
    {
        GraphErrorKind.Unreachable => TeamDelivery.CustomerGone,
        GraphErrorKind.WindowClosed => TeamDelivery.OutsideWindow,
        _ => TeamDelivery.Failed,
    };
}
