using System.Net;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// Where the bot may POST replies when no credentials vouch for the serviceUrl (with credentials, the Bot Connector's
/// token names the serviceUrl it was issued for and the SDK checks it): this machine's loopback addresses, or the
/// URLs the operator listed. Anything else would let a caller aim the bot at internal addresses (SSRF).
/// </summary>
public static class ServiceUrlPolicy
{
    /// <summary>Whether <paramref name="serviceUrl"/> may receive replies without credentials.</summary>
    public static bool AllowsWithoutCredentials(Uri serviceUrl, BotFrameworkEndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(serviceUrl.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(serviceUrl.DnsSafeHost, out var address) && IPAddress.IsLoopback(address)))
        {
            return true;
        }

        var target = serviceUrl.AbsoluteUri;
        return options.AllowedServiceUrls.Any(allowed =>
            Uri.TryCreate(allowed, UriKind.Absolute, out var prefix)
            && target.StartsWith(prefix.AbsoluteUri, StringComparison.OrdinalIgnoreCase));
    }
}
