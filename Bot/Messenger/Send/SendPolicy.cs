namespace Majordome.Bot.Messenger.Send;

/// <summary>A message's <c>messaging_type</c> and <c>tag</c>. The deprecated tags (CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE) cannot be expressed.</summary>
public sealed record SendPolicy
{
    private SendPolicy(string messagingType, string? tag)
    {
        MessagingType = messagingType;
        Tag = tag;
    }

    /// <summary>A reply to what the customer just wrote.</summary>
    public static SendPolicy Response { get; } = new("RESPONSE", null);

    /// <summary>A proactive message inside the 24-hour window.</summary>
    public static SendPolicy Update { get; } = new("UPDATE", null);

    /// <summary>A person's reply up to 7 days after the customer's last message.</summary>
    public static SendPolicy HumanAgent { get; } = new("MESSAGE_TAG", "HUMAN_AGENT");

    /// <summary>The <c>messaging_type</c>.</summary>
    public string MessagingType { get; }

    /// <summary>The <c>tag</c>, with MESSAGE_TAG only.</summary>
    public string? Tag { get; }
}
