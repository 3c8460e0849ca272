namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// The request's Bot Framework token was refused (bad signature, unknown key, unsigned, expired, another bot's
/// audience, another service URL, no token where one is required): the caller gets a 401, the log one line.
/// </summary>
public sealed class BotTokenRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotTokenRejectedException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public BotTokenRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the validator's own exception.</summary>
    public BotTokenRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
