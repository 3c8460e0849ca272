namespace Majordome.Bot.Storage;

/// <summary>The PostgreSQL database is not set up for the bot; the message names the fix in one line.</summary>
public sealed class PostgresSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PostgresSetupException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PostgresSetupException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PostgresSetupException(string message)
        : base(message)
    {
    }
}
