namespace Majordome.Bot.Adapters;

/// <summary>
/// Said by an exception that means a reply could not be delivered (the channel refused it, the customer cannot be
/// reached), not that the conversation went wrong: the turn error handler then keeps the customer's dialog state, so
/// they carry on where they were once delivery works again.
/// </summary>
public interface IReplyDeliveryFailure
{
    /// <summary>Whether a short apology may still reach the customer (false when the channel cannot reach them at all).</summary>
    bool CustomerMayBeTold { get; }
}
