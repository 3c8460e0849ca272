using System.Diagnostics;

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
            // The recognizer trains in the background at start-up; measure the trained bot.
            await Task.Delay(TimeSpan.FromSeconds(10));
            Console.WriteLine($"Looping booking turns for {duration.TotalSeconds} s (pid {Environment.ProcessId}).");
            var clock = Stopwatch.StartNew();
            var turns = 0;
            while (clock.Elapsed < duration)
            {
                await benchmarks.BookingFlowTurn();
                turns += 8;
            }

            Console.WriteLine($"{turns} turns, {clock.Elapsed.TotalMilliseconds * 1000 / turns:F0} µs per turn.");
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }
}
