using Microsoft.Bot.Connector.Authentication;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// Whether the bot has Bot Framework credentials, read from the flat keys the SDK itself reads: with a
/// <c>MicrosoftAppId</c> the SDK requires and validates a token on every request; without one it authenticates nobody.
/// </summary>
/// <param name="AppId">The configured MicrosoftAppId, or null.</param>
/// <param name="ChannelTokenIssuer">The issuer of tokens the Bot Connector service signs.</param>
public sealed record BotFrameworkCredentials(string? AppId, string ChannelTokenIssuer)
{
    /// <summary>Whether the SDK validates tokens.</summary>
    public bool AreConfigured => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>Reads the credentials' presence and the Bot Connector's issuer from configuration, as the SDK does.</summary>
    public static BotFrameworkCredentials From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var issuer = configuration["ToBotFromChannelTokenIssuer"] is { Length: > 0 } configured
            ? configured
            : configuration["ChannelService"] == GovernmentAuthenticationConstants.ChannelService
                ? GovernmentAuthenticationConstants.ToBotFromChannelTokenIssuer
                : AuthenticationConstants.ToBotFromChannelTokenIssuer;
        return new BotFrameworkCredentials(configuration["MicrosoftAppId"], issuer);
    }
}
