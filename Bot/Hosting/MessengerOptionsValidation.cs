using Majordome.Bot.Messenger;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Checks the "Messenger" section at start-up. An empty AppSecret disables the channel; once it is set, the
/// app id, the verify token and every page's id and token are required, and ids are unique. Each error names the key.
/// </summary>
public sealed class MessengerOptionsValidation : IValidateOptions<MessengerOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MessengerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.GraphBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Messenger:GraphBaseUrl must be an absolute http(s) URL such as https://graph.facebook.com.");
        }

        if (options.TypingDelay < TimeSpan.Zero || options.TypingDelay > TimeSpan.FromSeconds(10))
        {
            failures.Add($"Messenger:TypingDelay must be between 00:00:00 and 00:00:10 (it is {options.TypingDelay}); 00:00:00.5 shows the typing indicator when a reply takes longer than half a second.");
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add("Messenger:AppId is required when Messenger:AppSecret is set (App Dashboard > Settings > Basic): it tells the bot's own echoes and handovers apart.");
        }

        if (string.IsNullOrWhiteSpace(options.VerifyToken))
        {
            failures.Add("Messenger:VerifyToken is required when Messenger:AppSecret is set: the string you type in the App Dashboard's webhook settings.");
        }

        if (options.Pages.Count == 0)
        {
            failures.Add("Messenger:Pages needs at least one page (PageId and AccessToken) when Messenger:AppSecret is set.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Pages.Count; i++)
        {
            var page = options.Pages[i];
            if (string.IsNullOrWhiteSpace(page.PageId))
            {
                failures.Add($"Messenger:Pages:{i}:PageId is required (the Facebook Page's id).");
            }
            else if (!seen.Add(page.PageId))
            {
                failures.Add($"Messenger:Pages:{i}:PageId {page.PageId} appears more than once in Messenger:Pages.");
            }

            if (string.IsNullOrWhiteSpace(page.AccessToken))
            {
                failures.Add($"Messenger:Pages:{i}:AccessToken is required (the Page access token; set it with the environment variable Messenger__Pages__{i}__AccessToken).");
            }

            if (page.InstagramAccountId is { Length: > 0 } instagram && !seen.Add(instagram))
            {
                failures.Add($"Messenger:Pages:{i}:InstagramAccountId {instagram} appears more than once in Messenger:Pages.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
