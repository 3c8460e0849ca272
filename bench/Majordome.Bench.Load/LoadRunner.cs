using System.Diagnostics;

namespace Majordome.Bench.Load;

/// <summary>
/// Drives complete conversations against one server: <see cref="LoadOptions.Concurrency"/> customers, each sending
/// the script's messages one after the other (waiting for each reply, as a person does) with a new conversation
/// every time the script ends or a turn fails. Measures only after the warm-up.
/// </summary>
public static class LoadRunner
{
    /// <summary>A client for the server at <paramref name="baseAddress"/>, with a connection per customer.</summary>
    public static HttpClient CreateClient(Uri baseAddress, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Runs the load through <c>/api/messages</c> with expectReplies against the server at <paramref name="baseAddress"/> served by <paramref name="server"/>.</summary>
    public static async Task<LoadResult> RunAsync(string name, Uri baseAddress, Process server, LoadOptions options, CancellationToken cancellationToken)
    {
        using var client = CreateClient(baseAddress, options);
        return await RunAsync(name, new ExpectRepliesDriver(client), server, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the load through <paramref name="driver"/> against the server process <paramref name="server"/>.</summary>
    public static Task<LoadResult> RunAsync(string name, ILoadDriver driver, Process server, LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RunAsync(name, driver, server, options, token => Task.Delay(options.WarmUp, token), cancellationToken);
    }

    /// <summary>
    /// Runs the load through <paramref name="driver"/> against the server process <paramref name="server"/>, measuring
    /// for <see cref="LoadOptions.Duration"/> once <paramref name="warmUp"/> (run while the customers already talk) ends.
    /// </summary>
    public static async Task<LoadResult> RunAsync(string name, ILoadDriver driver, Process server, LoadOptions options, Func<CancellationToken, Task> warmUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warmUp);
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(options);
        var measuring = false;
        var stop = false;
        var latencies = new List<double>[options.Concurrency];
        var errors = new long[options.Concurrency];
        var phases = new List<(string Phase, double Ms)>[options.Concurrency];
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            latencies[worker] = new List<double>(capacity: 100_000);
            phases[worker] = [];
            for (var run = 0; !Volatile.Read(ref stop); run++)
            {
                var conversation = driver.NewConversation(worker, run);
                try
                {
                    for (var turn = 0; turn < ConversationScript.Turns.Count && !Volatile.Read(ref stop); turn++)
                    {
                        var started = Stopwatch.GetTimestamp();
                        var outcome = await driver.SendTurnAsync(conversation, turn, cancellationToken).ConfigureAwait(false);
                        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        var ok = outcome.Ok;
                        if (Volatile.Read(ref measuring))
                        {
                            if (ok)
                            {
                                latencies[worker].Add(elapsed);
                                phases[worker].AddRange(outcome.Phases ?? []);
                            }
                            else
                            {
                                errors[worker]++;
                            }
                        }

                        // After a failed turn the conversation's state is unknown: start a new one.
                        if (!ok)
                        {
                            break;
                        }
                    }
                }
                finally
                {
                    driver.EndConversation(conversation);
                }
            }
        }, cancellationToken)).ToArray();

        await warmUp(cancellationToken).ConfigureAwait(false);
        server.Refresh();
        var cpuBefore = server.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref measuring, true);
        await Task.Delay(options.Duration, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref measuring, false);
        var seconds = clock.Elapsed.TotalSeconds;
        server.Refresh();
        var cpu = (server.TotalProcessorTime - cpuBefore).TotalSeconds / seconds;
        var peak = server.PeakWorkingSet64 / (1024.0 * 1024.0);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers).ConfigureAwait(false);

        var all = latencies.SelectMany(l => l).Order().ToList();
        var byPhase = phases.SelectMany(p => p).GroupBy(p => p.Phase, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)g.Select(p => p.Ms).Order().ToList(), StringComparer.Ordinal);
        return new LoadResult(name, all.Count, errors.Sum(), seconds, all, cpu, peak, byPhase.Count > 0 ? byPhase : null);
    }
}
