namespace Majordome.Bot.Messenger.Send;

/// <summary>A Send API (or other Graph) call failed for good; <see cref="Error"/> says why.</summary>
public sealed class MessengerSendException : Exception, Adapters.IReplyDeliveryFailure
{
    /// <summary>Creates the exception.</summary>
    public MessengerSendException(string message, GraphError error, GraphErrorKind kind)
        : base(message)
    {
        Error = error;
        Kind = kind;
    }

    /// <summary>Creates the exception (for serializers and tests).</summary>
    public MessengerSendException()
        : this("The Graph API call failed.", new GraphError(0, null, string.Empty, null, false, null), GraphErrorKind.Permanent)
    {
    }

    /// <summary>Creates the exception (for serializers and tests).</summary>
    public MessengerSendException(string message)
        : this(message, new GraphError(0, null, message, null, false, null), GraphErrorKind.Permanent)
    {
    }

    /// <summary>Creates the exception (for serializers and tests).</summary>
    public MessengerSendException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphError(0, null, message, null, false, null);
    }

    /// <summary>Graph's error.</summary>
    public GraphError Error { get; }

    /// <summary>How it was classified.</summary>
    public GraphErrorKind Kind { get; }

    /// <inheritdoc />
    public bool CustomerMayBeTold => Kind is GraphErrorKind.Permanent or GraphErrorKind.Retryable;
}
