using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Majordome.Tests.Harness;

/// <summary>
/// A web app as a separate operating-system process (by default the built Majordome.Bot.dll next to the caller)
/// listening on a free loopback port: what a second instance behind a load balancer really is, with nothing
/// shared in memory. The benchmarks start their baselines the same way.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>
    /// The official .NET container images' port setting: in the settings, the process listens there (on every
    /// interface, as in a container) instead of on a free loopback port given through <c>Urls</c>.
    /// </summary>
    public const string HttpPortsVariable = "ASPNETCORE_HTTP_PORTS";

    /// <summary>Where the instance listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The operating-system process, for CPU and memory readings.</summary>
    public Process Process => _process;

    /// <summary>Starts a Majordome instance with <paramref name="settings"/> as environment variables and waits until /healthz answers.</summary>
    public static Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default) =>
        StartAsync("Majordome.Bot.dll", settings, cancellationToken);

    /// <summary>Starts <paramref name="assemblyFile"/> (next to the caller) with <paramref name="settings"/> and waits until /healthz answers.</summary>
    public static async Task<BotProcess> StartAsync(string assemblyFile, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default)
    {
        // A port found free may be taken before the process binds it (another test's outgoing connection can be given
        // it as its own ephemeral port): on that failure only, start again on another one.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(assemblyFile, settings, cancellationToken);
            }
            catch (PortTakenException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task<BotProcess> StartOnceAsync(string assemblyFile, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        // A test of ASP.NET Core's own port setting gives it; otherwise a free loopback port through Urls.
        var port = settings.TryGetValue(HttpPortsVariable, out var given) ? int.Parse(given, CultureInfo.InvariantCulture) : LoopbackPort.Free();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var dll = Path.Combine(AppContext.BaseDirectory, assemblyFile);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        if (given is null)
        {
            start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        }

        start.Environment["Brand__ContentDirectory"] = RepositoryRoot.BrandDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync(cancellationToken);
        }
        catch (InvalidOperationException exited) when (given is null && bot.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await bot.DisposeAsync();
            throw new PortTakenException(exited);
        }

        return bot;
    }

    /// <summary>
    /// Kills the process at once with SIGKILL (kill -9: no shutdown, no flush) and waits until it is gone. Unlike
    /// <see cref="DisposeAsync"/> it does not walk the process tree first, which takes milliseconds: a crash test
    /// that aims at a moment needs the signal to leave now.
    /// </summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot process exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("healthz", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The bot process did not become healthy within 90 s:\n{Output}");
    }

    /// <summary>The process could not listen on the port chosen for it: someone took it first.</summary>
    private sealed class PortTakenException(Exception inner) : Exception("The port chosen for the bot process was taken before it could listen.", inner);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

}
