namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// An activity on /api/messages claims a channel whose customers another Majordome endpoint authenticates (Direct
/// Line, the Meta webhooks), and the Bot Connector service did not vouch for it: the caller gets a 403.
/// </summary>
public sealed class ChannelNotAuthenticatedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChannelNotAuthenticatedException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public ChannelNotAuthenticatedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the cause.</summary>
    public ChannelNotAuthenticatedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
