using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Majordome.Tests.Bot.Team.Notifications;

/// <summary>
/// A small SMTP server on loopback that checks the dialogue as a real one would (RFC 5321): greeting first, EHLO
/// before MAIL, MAIL before RCPT, RCPT before DATA, the message ended by a lone dot, QUIT answered 221. A command out of
/// order gets 503 and is recorded as a protocol error, which the tests assert there are none of. It can refuse the
/// next messages (451 after DATA) to test retries.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _refusals;
    private int _connections;

    private FakeSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The port it listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The messages accepted, with their envelope.</summary>
    public ConcurrentQueue<(string From, IReadOnlyList<string> To, string Data)> Messages { get; } = new();

    /// <summary>Commands that came out of order or malformed.</summary>
    public ConcurrentQueue<string> ProtocolErrors { get; } = new();

    /// <summary>How many clients connected.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Starts the server.</summary>
    public static FakeSmtpServer Start() => new();

    /// <summary>Refuses the next <paramref name="count"/> messages with 451 (a temporary failure) after their DATA.</summary>
    public void RefuseNext(int count) => Volatile.Write(ref _refusals, count);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), leaveOpen: true);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.smtp.test ESMTP ready");
        var greeted = false;
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO" when line.Length > 5:
                    greeted = true;
                    await writer.WriteLineAsync("250-fake.smtp.test greets you");
                    await writer.WriteLineAsync("250 HELP");
                    break;
                case "MAIL" when greeted && from is null && line.StartsWith("MAIL FROM:<", StringComparison.OrdinalIgnoreCase):
                    from = Between(line);
                    await writer.WriteLineAsync("250 2.1.0 Ok");
                    break;
                case "RCPT" when from is not null && line.StartsWith("RCPT TO:<", StringComparison.OrdinalIgnoreCase):
                    to.Add(Between(line));
                    await writer.WriteLineAsync("250 2.1.5 Ok");
                    break;
                case "DATA" when from is not null && to.Count > 0:
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        // A leading dot is doubled by the client (dot-stuffing): one is taken off.
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    if (Interlocked.Decrement(ref _refusals) >= 0)
                    {
                        await writer.WriteLineAsync("451 4.3.0 Try again later");
                    }
                    else
                    {
                        Messages.Enqueue((from, [.. to], data.ToString()));
                        await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                    }

                    from = null;
                    to.Clear();
                    break;
                case "RSET":
                    from = null;
                    to.Clear();
                    await writer.WriteLineAsync("250 Ok");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 Ok");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    ProtocolErrors.Enqueue(line);
                    await writer.WriteLineAsync("503 5.5.1 Bad sequence of commands");
                    break;
            }
        }
    }

    private static string Between(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal) + 1;
        return line[start..line.IndexOf('>', start)];
    }
}
