namespace Majordome.Dialogs.Privacy;

/// <summary>The customer's data could not be read or erased now (the database is away): the customer is told to try again.</summary>
public sealed class CustomerDataUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CustomerDataUnavailableException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public CustomerDataUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public CustomerDataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
