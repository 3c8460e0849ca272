using System.Diagnostics;
using Majordome.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bench.Micro;

/// <summary>
/// Booking-flow turns in a loop for a while, on one thread, without BenchmarkDotNet: a steady process to attach
/// dotnet-trace or dotnet-counters to when looking for where a turn's time goes.
/// </summary>
internal static class TurnLoop
{
    public static async Task<int> RunAsync(TimeSpan duration)
    {
        var benchmarks = new DialogTurnBenchmarks();
        benchmarks.Setup();
        try
        {
            // The recognizer trains in the background at start-up; measure the trained bot, once the JIT compiler has
            // seen every turn's code (a third of the time warms up: on a busy machine training alone takes a minute).
            var model = benchmarks.Services.GetRequiredService<IntentModelHolder>();
            while (model.Current is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }

            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < duration / 3)
            {
                await benchmarks.BookingFlowTurn();
            }

            Console.WriteLine($"Looping booking turns for {duration.TotalSeconds} s (pid {Environment.ProcessId}).");
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = GC.CollectionCount(0);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var pausedBefore = GC.GetTotalPauseDuration();
            var roundTripsBefore = BotServices.PostgresRoundTrips?.RoundTrips ?? 0;
            var clock = Stopwatch.StartNew();
            var turns = 0;
            while (clock.Elapsed < duration)
            {
                await benchmarks.BookingFlowTurn();
                turns += 8;
            }

            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine(
                $"{turns} turns, {clock.Elapsed.TotalMilliseconds * 1000 / turns:F0} µs per turn, " +
                $"{cpu.TotalMilliseconds * 1000 / turns:F0} µs CPU per turn, {allocated / 1024.0 / turns:F0} KiB allocated per turn, " +
                $"{GC.CollectionCount(0) - collectionsBefore} collections pausing {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / turns * 1000:F0} µs per turn." +
                (BotServices.PostgresRoundTrips is { } counter ? $" {(double)(counter.RoundTrips - roundTripsBefore) / turns:F2} PostgreSQL round trips per turn." : string.Empty));
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }
}
