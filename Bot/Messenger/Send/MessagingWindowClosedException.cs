namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// A proactive message was refused before reaching Graph: the customer has not written within the 24-hour window
/// (or, for a human agent's reply, within 7 days), and Meta forbids messaging them outside it.
/// </summary>
public sealed class MessagingWindowClosedException : InvalidOperationException, Adapters.IReplyDeliveryFailure
{
    /// <inheritdoc />
    public bool CustomerMayBeTold => false;

    /// <summary>Creates the exception.</summary>
    public MessagingWindowClosedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MessagingWindowClosedException()
        : this("The customer's messaging window is closed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public MessagingWindowClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
