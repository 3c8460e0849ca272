using System.Net;
using System.Net.Sockets;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>
/// HTTP clients that connect from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so each per-IP
/// rate-limit test is a visitor of its own on the same host.
/// </summary>
public static class LoopbackClients
{
    public static HttpClient From(BotApplicationFactory factory, string localAddress)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var probe = factory.CreateClient();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = probe.BaseAddress };
    }
}
