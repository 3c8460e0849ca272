namespace Majordome.Bot.Calendar;

/// <summary>
/// The signed links to a booking's .ics that channels taking no file (Instagram) get, bound from the "Calendar"
/// section. The secret belongs in the environment (<c>Calendar__LinkSecret</c>), never in appsettings.json.
/// </summary>
public sealed class CalendarLinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Calendar";

    /// <summary>
    /// The HMAC-SHA256 key links are signed with, at least 32 characters, the same on every instance. Empty (the
    /// default): a random key for this process, so links stop working when the bot restarts.
    /// </summary>
    public string LinkSecret { get; set; } = string.Empty;

    /// <summary>How long a link works after the confirmation is sent; 30 days by default.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
