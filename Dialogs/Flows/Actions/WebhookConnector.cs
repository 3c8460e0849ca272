using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// The webhook client's connection step (<see cref="SocketsHttpHandler.ConnectCallback"/>): resolves the host
/// itself, refuses it when any of its addresses is not public (<see cref="PublicAddress"/>) unless the host is
/// listed in <see cref="FlowOptions.WebhookPrivateNetworkHosts"/> (or it is loopback and
/// <see cref="FlowOptions.AllowHttpLoopbackWebhooks"/> is on), and connects to exactly the addresses it checked,
/// so a DNS answer that changes between the check and the connection cannot slip through.
/// </summary>
public sealed class WebhookConnector
{
    private readonly HashSet<string> _privateHosts;
    private readonly bool _allowLoopback;

    /// <summary>Creates the connector for <paramref name="options"/>.</summary>
    public WebhookConnector(FlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _privateHosts = new HashSet<string>(options.WebhookPrivateNetworkHosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        _allowLoopback = options.AllowHttpLoopbackWebhooks;
    }

    /// <summary>Connects to the context's host after checking its addresses.</summary>
    /// <exception cref="WebhookAddressRefusedException">An address of the host is not public and the host is not allowed.</exception>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        CheckAll(host, addresses);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private void CheckAll(string host, IPAddress[] addresses)
    {
        if (_privateHosts.Contains(host.TrimEnd('.')))
        {
            return;
        }

        foreach (var address in addresses)
        {
            var loopbackAllowed = _allowLoopback && IPAddress.IsLoopback(address);
            if (!loopbackAllowed && !PublicAddress.Is(address))
            {
                throw new WebhookAddressRefusedException(
                    $"the webhook's host {host} resolves to {address}, which is not a public address: list the host in Flows:WebhookPrivateNetworkHosts if the bot is meant to reach it");
            }
        }
    }
}
