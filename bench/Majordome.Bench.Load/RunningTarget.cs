using Majordome.Tests.Harness;

namespace Majordome.Bench.Load;

/// <summary>A target's server process, started once for the whole benchmark, with the client and driver that load it.</summary>
public sealed class RunningTarget : IAsyncDisposable
{
    private readonly HttpClient _client;

    private RunningTarget(Target target, BotProcess server, HttpClient client, ILoadDriver driver)
    {
        Target = target;
        Server = server;
        _client = client;
        Driver = driver;
    }

    /// <summary>What was started.</summary>
    public Target Target { get; }

    /// <summary>The server process.</summary>
    public BotProcess Server { get; }

    /// <summary>Plays the conversations against it.</summary>
    public ILoadDriver Driver { get; }

    /// <summary>Starts <paramref name="target"/>'s server and waits until it is healthy; <paramref name="driverFor"/> builds its driver.</summary>
    public static async Task<RunningTarget> StartAsync(Target target, LoadOptions options, Func<HttpClient, Task<ILoadDriver>> driverFor)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(driverFor);
        var server = await BotProcess.StartAsync(target.AssemblyFile, target.Settings).ConfigureAwait(false);
        var client = LoadRunner.CreateClient(server.BaseAddress, options);
        try
        {
            return new RunningTarget(target, server, client, await driverFor(client).ConfigureAwait(false));
        }
        catch
        {
            client.Dispose();
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Server.DisposeAsync().ConfigureAwait(false);
    }
}
