namespace Majordome.Dialogs.Flows.Actions;

/// <summary>A webhook's host resolved to an address of the bot's own machine or network, and is not allowed to.</summary>
public sealed class WebhookAddressRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WebhookAddressRefusedException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public WebhookAddressRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public WebhookAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
