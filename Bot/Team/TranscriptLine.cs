namespace Majordome.Bot.Team;

/// <summary>Who wrote a line of a conversation.</summary>
public static class TranscriptAuthor
{
    /// <summary>The customer.</summary>
    public const string Customer = "customer";

    /// <summary>The bot.</summary>
    public const string Bot = "bot";

    /// <summary>A person of the team.</summary>
    public const string Agent = "agent";
}

/// <summary>One message of a conversation as the team reads it.</summary>
/// <param name="Id">Its number: increasing within the database, so "after N" reads what is new.</param>
/// <param name="Author">A <see cref="TranscriptAuthor"/> value.</param>
/// <param name="AuthorName">The agent's name for agent lines.</param>
/// <param name="Text">What was written (a card as its title and buttons).</param>
/// <param name="CreatedUtc">When.</param>
public sealed record TranscriptLine(long Id, string Author, string? AuthorName, string Text, DateTimeOffset CreatedUtc);
