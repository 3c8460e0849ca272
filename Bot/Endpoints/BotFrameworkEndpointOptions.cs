namespace Majordome.Bot.Endpoints;

/// <summary>
/// Who may call <c>POST /api/messages</c> when no <c>MicrosoftAppId</c> is configured (section <c>BotFramework</c>).
/// With a MicrosoftAppId every request must carry a Bot Framework token and these settings do not apply.
/// </summary>
public sealed class BotFrameworkEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>
    /// Without credentials, answer callers on other machines too (by default only loopback callers, such as the
    /// Emulator on the same machine, are answered). Only for a trusted network: nobody is authenticated.
    /// </summary>
    public bool AllowUnauthenticatedRemote { get; set; }

    /// <summary>
    /// Without credentials, the service URLs (absolute, compared by prefix) the bot may POST its replies to besides
    /// this machine's loopback addresses. A request asking for replies elsewhere gets a 400 unless it uses
    /// <c>deliveryMode: expectReplies</c> (the replies come back in the response).
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];
}
