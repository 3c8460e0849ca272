namespace Majordome.Bot.Turns;

/// <summary>
/// A request waited <see cref="TurnReplayOptions.LockWaitTimeout"/> for another turn of its conversation (usually the
/// first run of the same activity, on this or another instance) and gave up. Not a failure of the conversation: the
/// caller is told to retry later (503 with Retry-After), and the conversation's state is left as it is.
/// </summary>
public sealed class ConversationBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConversationBusyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConversationBusyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConversationBusyException(string message)
        : base(message)
    {
    }
}
