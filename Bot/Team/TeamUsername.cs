using System.Text.RegularExpressions;

namespace Majordome.Bot.Team;

/// <summary>Sign-in names: compared without case, a few plain characters so they are easy to type and to log.</summary>
public static partial class TeamUsername
{
    /// <summary>The name as stored and compared.</summary>
    public static string Normalize(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        return username.Trim().ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="username"/> is 2 to 64 letters, digits, dots, dashes, underscores or @.</summary>
    public static bool IsValid(string? username) => username is not null && Pattern().IsMatch(Normalize(username));

    [GeneratedRegex("^[a-z0-9._@-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
