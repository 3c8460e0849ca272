using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team;

/// <summary>The outcome of a sign-in attempt.</summary>
public enum TeamSignInOutcome
{
    /// <summary>Signed in.</summary>
    Succeeded,

    /// <summary>Unknown name, wrong password or disabled account: the page says the same for all three.</summary>
    Refused,

    /// <summary>Too many wrong passwords: refused until the lockout ends, whatever the password.</summary>
    LockedOut,
}

/// <summary>Checks a team member's name and password, counting wrong passwords and locking the account after too many.</summary>
public sealed class TeamSignIn
{
    private readonly SqlTeamMembers _members;
    private readonly TeamPasswords _passwords;
    private readonly IOptions<TeamOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the check.</summary>
    public TeamSignIn(SqlTeamMembers members, TeamPasswords passwords, IOptions<TeamOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(passwords);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _members = members;
        _passwords = passwords;
        _options = options;
        _time = time;
    }

    /// <summary>Checks <paramref name="username"/> and <paramref name="password"/>; the member on success.</summary>
    public async Task<(TeamSignInOutcome Outcome, TeamMember? Member)> CheckAsync(string? username, string? password, CancellationToken cancellationToken = default)
    {
        if (!TeamUsername.IsValid(username) || string.IsNullOrEmpty(password) || password.Length > 256)
        {
            return (TeamSignInOutcome.Refused, null);
        }

        var member = await _members.FindByUsernameAsync(username!, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            // Hash anyway, so an unknown name takes as long to refuse as a wrong password.
            _passwords.Verify(DummyHash.Value, password, out _);
            return (TeamSignInOutcome.Refused, null);
        }

        var now = _time.GetUtcNow();
        if (member.LockedUntil is { } until && until > now)
        {
            return (TeamSignInOutcome.LockedOut, null);
        }

        if (member.Disabled || member.PasswordHash.Length == 0)
        {
            // An account made by the OpenID Connect provider has no password: only the provider signs it in.
            _passwords.Verify(DummyHash.Value, password, out _);
            return (TeamSignInOutcome.Refused, null);
        }

        if (!_passwords.Verify(member.PasswordHash, password, out var rehashed))
        {
            var options = _options.Value;
            // A lockout that ended starts the count again.
            if (member.LockedUntil is not null)
            {
                await _members.RecordSuccessAsync(member.Id, null, cancellationToken).ConfigureAwait(false);
            }

            await _members.RecordFailureAsync(member.Id, options.MaxFailedSignIns, now + options.LockoutDuration, cancellationToken).ConfigureAwait(false);
            return member.FailedSignIns + 1 >= options.MaxFailedSignIns && member.LockedUntil is null
                ? (TeamSignInOutcome.LockedOut, null)
                : (TeamSignInOutcome.Refused, null);
        }

        await _members.RecordSuccessAsync(member.Id, rehashed, cancellationToken).ConfigureAwait(false);
        return (TeamSignInOutcome.Succeeded, member);
    }

    private static class DummyHash
    {
        public static readonly string Value = new TeamPasswords().Hash("not a password anyone has");
    }
}
