using System.Net;
using System.Net.Sockets;

namespace Majordome.Tests.Harness;

/// <summary>
/// A loopback TCP relay between the bot and PostgreSQL that counts round trips: each time the server starts
/// answering after the client has sent something is one. It sees the wire, not the driver, so what it counts
/// does not depend on how Npgsql groups commands (a batch is one round trip, a lazily sent BEGIN none).
/// For tests and benchmarks only: production code never goes through it.
/// </summary>
public sealed class RoundTripCounter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _server;
    private readonly CancellationTokenSource _stop = new();
    private long _roundTrips;

    private RoundTripCounter(IPEndPoint server)
    {
        _server = server;
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>The port to connect to instead of the server's.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Round trips so far, over every connection.</summary>
    public long RoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>The connection string given to <see cref="Start"/>, pointing at the relay instead of the server.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Starts a relay to the server <paramref name="connectionString"/> names (host and TCP port).</summary>
    public static RoundTripCounter Start(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var address = Dns.GetHostAddresses(builder.Host!).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        var counter = new RoundTripCounter(new IPEndPoint(address, builder.Port));
        builder.Host = IPAddress.Loopback.ToString();
        builder.Port = counter.Port;
        counter.ConnectionString = builder.ConnectionString;
        return counter;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            client.NoDelay = true;
            server.NoDelay = true;
            await server.ConnectAsync(_server, _stop.Token);

            // 0: nothing sent yet; 1: the client spoke last; 2: the server spoke last.
            var last = 0;
            var up = PumpAsync(client.GetStream(), server.GetStream(), () => Volatile.Write(ref last, 1));
            var down = PumpAsync(server.GetStream(), client.GetStream(), () =>
            {
                if (Interlocked.Exchange(ref last, 2) == 1)
                {
                    Interlocked.Increment(ref _roundTrips);
                }
            });
            await Task.WhenAny(up, down);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, Action onData)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                onData();
                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Stops accepting and relaying.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }
}
