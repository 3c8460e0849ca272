using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Majordome.Bench.Load;

/// <summary>
/// Drives complete conversations against one server: <see cref="LoadOptions.Concurrency"/> customers, each sending
/// the script's messages one after the other (waiting for each reply, as a person does) with a new conversation
/// every time the script ends. Measures only after the warm-up.
/// </summary>
public static class LoadRunner
{
    /// <summary>Runs the load against the server at <paramref name="baseAddress"/> served by <paramref name="server"/>.</summary>
    public static async Task<LoadResult> RunAsync(string name, Uri baseAddress, Process server, LoadOptions options, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var measuring = false;
        var stop = false;
        var latencies = new List<double>[options.Concurrency];
        var errors = new long[options.Concurrency];
        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            latencies[worker] = new List<double>(capacity: 100_000);
            for (var run = 0; !Volatile.Read(ref stop); run++)
            {
                var conversation = $"load-{worker}-{run}-{Guid.NewGuid():N}";
                foreach (var text in ConversationScript.Turns)
                {
                    if (Volatile.Read(ref stop))
                    {
                        break;
                    }

                    var started = Stopwatch.GetTimestamp();
                    var ok = await SendAsync(client, conversation, text, cancellationToken).ConfigureAwait(false);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (!Volatile.Read(ref measuring))
                    {
                        continue;
                    }

                    if (ok)
                    {
                        latencies[worker].Add(elapsed);
                    }
                    else
                    {
                        errors[worker]++;
                    }
                }
            }
        }, cancellationToken)).ToArray();

        await Task.Delay(options.WarmUp, cancellationToken).ConfigureAwait(false);
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
        return new LoadResult(name, all.Count, errors.Sum(), seconds, all, cpu, peak);
    }

    /// <summary>Sends one message with expectReplies; true when the server answered 2xx with at least one reply.</summary>
    internal static async Task<bool> SendAsync(HttpClient client, string conversation, string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "fr-FR",
            ["from"] = new JsonObject { ["id"] = "customer-" + conversation },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["text"] = text,
        };
        try
        {
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("api/messages", content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            return body.RootElement.TryGetProperty("activities", out var replies) && replies.GetArrayLength() > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
