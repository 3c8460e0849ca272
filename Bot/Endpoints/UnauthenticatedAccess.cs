using Microsoft.Extensions.Options;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// What /api/messages refuses when the bot has no MicrosoftAppId and so authenticates nobody: callers on other
/// machines (unless <see cref="BotFrameworkEndpointOptions.AllowUnauthenticatedRemote"/>), and replies to service
/// URLs off this machine (unless listed, or the replies come back in the response). With credentials the SDK's
/// token validation decides instead, and nothing here applies.
/// </summary>
public sealed class UnauthenticatedAccess
{
    private readonly BotFrameworkCredentials _credentials;
    private readonly BotFrameworkEndpointOptions _options;

    /// <summary>Creates the rules for the configured credentials and options.</summary>
    public UnauthenticatedAccess(BotFrameworkCredentials credentials, IOptions<BotFrameworkEndpointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _credentials = credentials;
        _options = options.Value;
    }

    /// <summary>Why the caller of <paramref name="http"/> is refused (a 403), or null when it may go on.</summary>
    public string? RefuseCaller(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return _credentials.AreConfigured || _options.AllowUnauthenticatedRemote || LocalCaller.IsLocal(http)
            ? null
            : "This bot has no MicrosoftAppId, so /api/messages authenticates nobody and answers only callers on its own machine. Set MicrosoftAppId and MicrosoftAppPassword (or, on a trusted network, BotFramework:AllowUnauthenticatedRemote).";
    }

    /// <summary>Why the activity's replies may not go to its serviceUrl (a 400), or null when they may.</summary>
    public string? RefuseServiceUrl(ActivityRequestCheck activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Without credentials no token names the serviceUrl: the bot would POST wherever the caller says (SSRF).
        return _credentials.AreConfigured || activity.ExpectsReplies || activity.ServiceUrl is null || ServiceUrlPolicy.AllowsWithoutCredentials(activity.ServiceUrl, _options)
            ? null
            : "Without a MicrosoftAppId, the \"serviceUrl\" must be on this machine (loopback) or listed in BotFramework:AllowedServiceUrls; or use \"deliveryMode\": \"expectReplies\" to get the replies in the response.";
    }
}
