using System.Net;
using System.Net.Sockets;

namespace Majordome.Tests.Harness;

/// <summary>Free TCP ports on loopback, for servers the tests and benchmarks start as separate processes.</summary>
public static class LoopbackPort
{
    /// <summary>A port no one listens on right now (the operating system's choice).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
