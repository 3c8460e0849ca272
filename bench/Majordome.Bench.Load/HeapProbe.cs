using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Majordome.Bench.Load;

/// <summary>
/// Reads a .NET process's live managed heap from outside: asks its runtime for a full blocking collection through
/// EventPipe (the GCHeapCollect keyword, what dotnet-gcdump does) and returns the heap's size right after it. The
/// working set alone cannot tell a leak from the garbage collector's budget: server GC keeps freed memory for the
/// next allocations, so the working set moves with the load while the live heap does not.
/// </summary>
public static class HeapProbe
{
    /// <summary>
    /// The managed heap of process <paramref name="processId"/> after a full collection (every generation, the large
    /// and pinned object heaps), in bytes.
    /// </summary>
    /// <exception cref="TimeoutException">The runtime did not report the collection within <paramref name="timeout"/>.</exception>
    public static async Task<long> LiveHeapAfterFullCollectionAsync(int processId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        var providers = new[]
        {
            new EventPipeProvider(
                "Microsoft-Windows-DotNETRuntime",
                EventLevel.Informational,
                (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect)),
        };
        using var session = await client.StartEventPipeSessionAsync(providers, false, 256, cancellationToken).ConfigureAwait(false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);

        // The heap statistics follow the end of every collection: keep those of the first full collection the
        // session induced, not of an ordinary one that happened to run meanwhile.
        source.Clr.GCStart += e => induced |= e.Reason == GCReason.Induced && e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
            {
                heap.TrySetResult(e.TotalHeapSize);
            }
        };
        var processing = Task.Run(source.Process, CancellationToken.None);
        try
        {
            return await heap.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await processing.ConfigureAwait(false);
        }
    }
}
