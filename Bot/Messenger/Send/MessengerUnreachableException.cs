namespace Majordome.Bot.Messenger.Send;

/// <summary>The customer blocked the Page or cannot be reached: nothing is sent until they write again.</summary>
public sealed class MessengerUnreachableException : InvalidOperationException, Adapters.IReplyDeliveryFailure
{
    /// <inheritdoc />
    public bool CustomerMayBeTold => false;

    /// <summary>Creates the exception.</summary>
    public MessengerUnreachableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MessengerUnreachableException()
        : this("The customer cannot be reached.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public MessengerUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
