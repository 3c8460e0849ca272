using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Team;

/// <summary>The team console's settings (section <c>Team</c>).</summary>
public sealed class TeamOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Team";

    /// <summary>Wrong passwords in a row after which an account is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses every password, the right one too.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a signed-in team member stays signed in without using the console.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long the messages of a conversation are kept for the team to read (then purged).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "366.00:00:00")]
    public TimeSpan TranscriptRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a live conversation view looks for new messages stored by another instance.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether brand/team.yaml's hours are kept: outside them a customer asking for a person is told when the team
    /// answers and offered to leave a contact. False: the team is taken to be always there.
    /// </summary>
    public bool OpeningHours { get; set; } = true;

    /// <summary>
    /// How long a request may wait in the queue, during the team's hours, before the customer is told nobody is free
    /// yet and offered to leave a contact (once per request).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromMinutes(10);
}
