namespace Majordome.Bot.Team;

/// <summary>A team member's account as stored (the password only as its hash).</summary>
/// <param name="Id">The account's number.</param>
/// <param name="Username">The sign-in name, lower case.</param>
/// <param name="DisplayName">The name customers see ("Camille").</param>
/// <param name="Role">A <see cref="TeamRoles"/> value.</param>
/// <param name="PasswordHash">ASP.NET Core Identity's password hash.</param>
/// <param name="SecurityStamp">Changes when the account is disabled or its password changes: older sign-in cookies stop working.</param>
/// <param name="Disabled">Whether the account may no longer sign in.</param>
/// <param name="FailedSignIns">Wrong passwords in a row.</param>
/// <param name="LockedUntil">Until when every sign-in is refused, if locked.</param>
public sealed record TeamMember(long Id, string Username, string DisplayName, string Role, string PasswordHash, string SecurityStamp, bool Disabled, int FailedSignIns, DateTimeOffset? LockedUntil);
