using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Notifications;

/// <summary>Checks at start-up that a notifier turned on has what it needs, naming the key that is missing.</summary>
internal sealed class TeamNotificationValidation : IValidateOptions<TeamNotificationOptions>
{
    private const int MinSecretLength = 32;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TeamNotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Email.Enabled)
        {
            if (string.IsNullOrWhiteSpace(options.Email.Host))
            {
                failures.Add("Team:Notifications:Email:Host is required when Team:Notifications:Email:Enabled is true.");
            }

            if (!MimeKit.MailboxAddress.TryParse(options.Email.From, out _))
            {
                failures.Add("Team:Notifications:Email:From must be an email address when Team:Notifications:Email:Enabled is true.");
            }

            if (options.Email.To.Count == 0 || options.Email.To.Any(to => !MimeKit.MailboxAddress.TryParse(to, out _)))
            {
                failures.Add("Team:Notifications:Email:To must list the team's email addresses when Team:Notifications:Email:Enabled is true.");
            }
        }

        if (options.Webhook.Enabled)
        {
            if (options.Webhook.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            {
                failures.Add("Team:Notifications:Webhook:Url must be an absolute https address (http only on this machine) when Team:Notifications:Webhook:Enabled is true.");
            }

            if (options.Webhook.Secret.Length < MinSecretLength)
            {
                failures.Add($"Team:Notifications:Webhook:Secret must have at least {MinSecretLength} characters (set it in the environment: Team__Notifications__Webhook__Secret).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
