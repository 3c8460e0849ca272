using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Team.Notifications;

/// <summary>How the team is told of new requests (section <c>Team:Notifications</c>); everything is off by default.</summary>
public sealed class TeamNotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Team:Notifications";

    /// <summary>How often the outbox is read for notices to send.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts after which a notice is given up (and logged as an error).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait before the first new attempt; doubled after each failure, up to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Email through an SMTP server.</summary>
    public TeamEmailOptions Email { get; set; } = new();

    /// <summary>A signed JSON POST to the brand's own system.</summary>
    public TeamWebhookOptions Webhook { get; set; } = new();
}

/// <summary>The SMTP server and addresses of <see cref="TeamNotificationOptions.Email"/>.</summary>
public sealed class TeamEmailOptions
{
    /// <summary>Sends an email per new request when true.</summary>
    public bool Enabled { get; set; }

    /// <summary>The SMTP server's host name.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>The SMTP port (587 with STARTTLS, 465 with TLS on connect, 25 on a trusted network).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, or <c>None</c> (a relay on the same machine or network only).</summary>
    public TeamEmailSecurity Security { get; set; } = TeamEmailSecurity.StartTls;

    /// <summary>The account to sign in with; empty sends without signing in.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>Its password: set it in the environment (<c>Team__Notifications__Email__Password</c>), never in the file.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>The sender address.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>Who receives the notices (the team's shared inbox).</summary>
    public IList<string> To { get; } = [];

    /// <summary>How long one message may take, connection included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>How the SMTP connection is protected.</summary>
public enum TeamEmailSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same machine or a trusted network.</summary>
    None,
}

/// <summary>The receiving URL and secret of <see cref="TeamNotificationOptions.Webhook"/>.</summary>
public sealed class TeamWebhookOptions
{
    /// <summary>POSTs each new request when true.</summary>
    public bool Enabled { get; set; }

    /// <summary>The https address that receives the JSON.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HMAC-SHA256 key (32+ characters): set it in the environment (<c>Team__Notifications__Webhook__Secret</c>).</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Quick retries of a 5xx, a 408/429 or a timeout within one delivery, before the outbox's later attempt.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 3;

    /// <summary>The first quick retry's delay (exponential after it, with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
