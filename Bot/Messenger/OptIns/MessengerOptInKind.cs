namespace Majordome.Bot.Messenger.OptIns;

/// <summary>What a customer agreed to receive outside the 24-hour window.</summary>
public enum MessengerOptInKind
{
    /// <summary>Marketing messages (formerly recurring notifications): a token for messages at a chosen frequency.</summary>
    MarketingMessages,

    /// <summary>A one-time notification (legacy): a token for a single message within a year.</summary>
    OneTimeNotification,
}
