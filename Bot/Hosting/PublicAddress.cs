using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// The bot's own base URL for a request: the configured <see cref="PublicUrlOptions.BaseUrl"/>, else the address
/// and port the connection arrived on. Never the request's Host header, which the client chooses.
/// </summary>
public sealed class PublicAddress
{
    private readonly IOptions<PublicUrlOptions> _options;

    /// <summary>Creates the service.</summary>
    public PublicAddress(IOptions<PublicUrlOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Whether a public base URL is configured.</summary>
    public bool IsConfigured => _options.Value.BaseUri is not null;

    /// <summary>The base URL (ending with a slash) for URLs handed out in answer to <paramref name="http"/>.</summary>
    public Uri BaseFor(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_options.Value.BaseUri is { } configured)
        {
            return configured;
        }

        var local = http.Connection.LocalIpAddress;
        var host = local is null ? "localhost"
            : local.IsIPv4MappedToIPv6 ? local.MapToIPv4().ToString()
            : local.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{local}]"
            : local.ToString();
        var port = http.Connection.LocalPort;
        return new Uri($"{http.Request.Scheme}://{host}{(port > 0 ? ":" + port : string.Empty)}{http.Request.PathBase}/");
    }

    /// <summary>The WebSocket base (ws:// or wss://) matching <see cref="BaseFor"/>.</summary>
    public Uri WebSocketBaseFor(HttpContext http)
    {
        var builder = new UriBuilder(BaseFor(http));
        builder.Scheme = builder.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return builder.Uri;
    }
}
