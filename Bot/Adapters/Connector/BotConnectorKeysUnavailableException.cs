namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// The Bot Framework's signing keys (its OpenID metadata) could not be fetched, so no token can be checked: not the
/// caller's fault, a 503 the channel retries, and one error line naming the cause for the operator.
/// </summary>
public sealed class BotConnectorKeysUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotConnectorKeysUnavailableException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public BotConnectorKeysUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the metadata retriever's own exception.</summary>
    public BotConnectorKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
