namespace Majordome.Bot.Team.Notifications;

/// <summary>One way of telling the team (email, webhook). Called by the outbox's sender, never in a customer's turn.</summary>
public interface ITeamNotifier
{
    /// <summary>The target name kept in the outbox ("email", "webhook").</summary>
    string Target { get; }

    /// <summary>Whether the configuration turns it on.</summary>
    bool Enabled { get; }

    /// <summary>Delivers <paramref name="notice"/>; throws when it could not (the outbox tries again later).</summary>
    Task SendAsync(TeamNotice notice, CancellationToken cancellationToken = default);
}
