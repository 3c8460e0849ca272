namespace Majordome.Bot.Team;

/// <summary>What a team member may do in the console.</summary>
public static class TeamRoles
{
    /// <summary>Answers customers: takes waiting conversations, replies, hands back the ones they hold.</summary>
    public const string Agent = "agent";

    /// <summary>An agent who may also hand back a conversation another agent holds (someone went home).</summary>
    public const string Admin = "admin";

    /// <summary>Whether <paramref name="role"/> is one of the roles.</summary>
    public static bool IsKnown(string? role) => role is Agent or Admin;
}
