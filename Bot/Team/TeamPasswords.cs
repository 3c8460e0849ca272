using Microsoft.AspNetCore.Identity;

namespace Majordome.Bot.Team;

/// <summary>Hashes and checks team passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned).</summary>
public sealed class TeamPasswords
{
    /// <summary>The shortest password accepted: a console that sees customers' orders deserves more than a PIN.</summary>
    public const int MinimumLength = 12;

    private readonly PasswordHasher<TeamMember> _hasher = new();

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return _hasher.HashPassword(null!, password);
    }

    /// <summary>Whether <paramref name="password"/> matches; <paramref name="rehashed"/> is a stronger hash to store when the old one is outdated.</summary>
    public bool Verify(string hash, string password, out string? rehashed)
    {
        rehashed = null;
        var result = _hasher.VerifyHashedPassword(null!, hash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            rehashed = Hash(password);
        }

        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Why <paramref name="password"/> is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or { Length: 0 } => "The password is empty.",
        { Length: < MinimumLength } => $"The password must have at least {MinimumLength} characters.",
        { Length: > 256 } => "The password must have at most 256 characters.",
        _ => null,
    };
}
