using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team;

/// <summary>Why a person the provider signed in may not use the console.</summary>
public enum TeamExternalRefusal
{
    /// <summary>Admitted.</summary>
    None,

    /// <summary>Their email (or its domain) is not among those allowed, or the provider did not give a verified one.</summary>
    EmailNotAllowed,

    /// <summary>The role claim gives neither agent nor admin.</summary>
    NoRole,

    /// <summary>Their account exists and an admin disabled it.</summary>
    Disabled,

    /// <summary>The token names no subject or issuer.</summary>
    NoIdentity,
}

/// <summary>
/// Maps a person signed in by the brand's OpenID Connect provider to a team member: found again by the provider's
/// issuer and subject (never by a name, which a password account may already have), created on first sign-in when
/// the role claim gives agent or admin, with role and display name updated at each sign-in (a role that changes
/// ends the member's other sessions). Anyone else is refused, and nothing is stored about them.
/// </summary>
public sealed class TeamExternalSignIn
{
    private readonly SqlTeamMembers _members;
    private readonly IOptions<TeamOpenIdConnectOptions> _options;

    /// <summary>Creates the mapping.</summary>
    public TeamExternalSignIn(SqlTeamMembers members, IOptions<TeamOpenIdConnectOptions> options)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(options);
        _members = members;
        _options = options;
    }

    /// <summary>The team member <paramref name="person"/> (the id_token's claims) signs in as, or why not.</summary>
    public async Task<(TeamExternalRefusal Refusal, TeamMember? Member)> SignInAsync(ClaimsPrincipal person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var options = _options.Value;
        var subject = person.FindFirst("sub")?.Value;
        var issuer = person.FindFirst("iss")?.Value ?? person.FindFirst("sub")?.Issuer;
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(issuer))
        {
            return (TeamExternalRefusal.NoIdentity, null);
        }

        var email = VerifiedEmail(person);
        if (!EmailAllowed(email, options))
        {
            return (TeamExternalRefusal.EmailNotAllowed, null);
        }

        var role = RoleOf(person, options);
        if (role is null)
        {
            return (TeamExternalRefusal.NoRole, null);
        }

        var displayName = DisplayName(person, email);
        var member = await _members.FindByExternalAsync(issuer, subject, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            member = await _members.AddExternalAsync(await UsernameAsync(email, issuer, subject, cancellationToken).ConfigureAwait(false), displayName, role, issuer, subject, cancellationToken).ConfigureAwait(false);
        }
        else if (member.Disabled)
        {
            return (TeamExternalRefusal.Disabled, null);
        }
        else if (member.Role != role || member.DisplayName != displayName)
        {
            member = await _members.UpdateExternalAsync(member.Id, displayName, role, newStamp: member.Role != role, cancellationToken).ConfigureAwait(false);
        }

        return member is null ? (TeamExternalRefusal.NoIdentity, null) : (TeamExternalRefusal.None, member);
    }

    /// <summary>The role the claims give: admin before agent; null when neither.</summary>
    public static string? RoleOf(ClaimsPrincipal person, TeamOpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(options);
        var values = person.FindAll(options.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> Admins() => options.AdminValues.Count > 0 ? options.AdminValues : [TeamRoles.Admin];
        IEnumerable<string> Agents() => options.AgentValues.Count > 0 ? options.AgentValues : [TeamRoles.Agent];
        return Admins().Any(values.Contains) ? TeamRoles.Admin : Agents().Any(values.Contains) ? TeamRoles.Agent : null;
    }

    private static string? VerifiedEmail(ClaimsPrincipal person)
    {
        var email = person.FindFirst("email")?.Value?.Trim();
        // A provider that says the address is unverified gives no address: anyone may type one there.
        return string.IsNullOrEmpty(email) || string.Equals(person.FindFirst("email_verified")?.Value, "false", StringComparison.OrdinalIgnoreCase)
            ? null
            : email;
    }

    private static bool EmailAllowed(string? email, TeamOpenIdConnectOptions options)
    {
        if (options.AllowedEmails.Count == 0 && options.AllowedEmailDomains.Count == 0)
        {
            return true;
        }

        var at = email?.LastIndexOf('@') ?? -1;
        if (email is null || at <= 0)
        {
            return false;
        }

        var domain = email[(at + 1)..];
        return options.AllowedEmails.Any(e => string.Equals(e.Trim(), email, StringComparison.OrdinalIgnoreCase))
            || options.AllowedEmailDomains.Any(d => string.Equals(d.Trim().TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase));
    }

    private static string DisplayName(ClaimsPrincipal person, string? email)
    {
        var name = person.FindFirst("name")?.Value ?? person.FindFirst("given_name")?.Value ?? email?.Split('@')[0] ?? "Team";
        name = name.Trim();
        return name.Length > 64 ? name[..64] : name;
    }

    private async Task<string> UsernameAsync(string? email, string issuer, string subject, CancellationToken cancellationToken)
    {
        // The email when it makes a valid, free name (what the team recognises in the list); otherwise one made from
        // the issuer and subject, so a password account's name is never taken over.
        if (email is not null && TeamUsername.IsValid(email) && await _members.FindByUsernameAsync(email, cancellationToken).ConfigureAwait(false) is null)
        {
            return email;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{issuer}\n{subject}"));
        return "oidc-" + Convert.ToHexStringLower(hash)[..16];
    }
}
