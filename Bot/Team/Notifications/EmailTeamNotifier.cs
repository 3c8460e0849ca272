using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Majordome.Bot.Team.Notifications;

/// <summary>
/// Emails a notice to the team's addresses through the configured SMTP server (MailKit): one plain-text message
/// saying what the customer wants and how to reach them. The text is the team's, in English and French both, since
/// a brand's team may work in either.
/// </summary>
public sealed class EmailTeamNotifier : ITeamNotifier
{
    private readonly TeamEmailOptions _options;

    /// <summary>Creates the notifier.</summary>
    public EmailTeamNotifier(IOptions<TeamNotificationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Email;
    }

    /// <inheritdoc />
    public string Target => "email";

    /// <inheritdoc />
    public bool Enabled => _options.Enabled;

    /// <inheritdoc />
    public async Task SendAsync(TeamNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var message = TeamNoticeEmail.Compose(notice, _options.From, _options.To);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        var security = _options.Security switch
        {
            TeamEmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            TeamEmailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(_options.Host, _options.Port, security, timeout.Token).ConfigureAwait(false);
        if (_options.UserName.Length > 0)
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password, timeout.Token).ConfigureAwait(false);
        }

        await client.SendAsync(message, timeout.Token).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
    }
}

/// <summary>The email of a <see cref="TeamNotice"/>.</summary>
public static class TeamNoticeEmail
{
    /// <summary>The message from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static MimeMessage Compose(TeamNotice notice, string from, IEnumerable<string> to)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(to);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var address in to)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        var what = notice.Event == TeamNoticeEvents.ContactLeft ? "Contact left / Coordonnées laissées" : "New request / Nouvelle demande";
        var number = notice.RequestId is { } id ? string.Create(CultureInfo.InvariantCulture, $" #{id}") : string.Empty;
        message.Subject = $"{what}{number} ({notice.Channel})";
        var lines = new List<string>
        {
            $"{what}{number}",
            string.Empty,
            $"Channel / Canal: {notice.Channel} ({notice.ConversationId})",
            $"Language / Langue: {notice.Language}",
            $"Reason / Motif: {notice.Reason ?? "asked for a person / a demandé une personne"}",
        };
        if (notice.Email is not null || notice.Phone is not null)
        {
            lines.Add($"Contact: {notice.Email ?? notice.Phone}");
            lines.Add($"Consent / Consentement ({notice.ConsentedUtc:yyyy-MM-dd HH:mm:ss} UTC): {notice.ConsentText}");
        }

        lines.Add($"At / Le: {notice.OccurredUtc:yyyy-MM-dd HH:mm:ss} UTC");
        message.Body = new TextPart("plain") { Text = string.Join("\r\n", lines) + "\r\n" };
        return message;
    }
}
