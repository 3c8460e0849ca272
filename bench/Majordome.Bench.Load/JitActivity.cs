using System.Diagnostics;
using System.Globalization;

namespace Majordome.Bench.Load;

/// <summary>
/// How busy a server's just-in-time compiler is, read from outside the process. .NET compiles a method quickly
/// first and again, optimized, once it has run often (tiered compilation, on a background thread named
/// ".NET Tiered Compilation Worker"); under load that thread took a fifth of Majordome's CPU twenty seconds after
/// start, so a measurement taken then measures the compiler more than the bot. The warm-up lasts until it is quiet.
/// </summary>
public static class JitActivity
{
    // Linux truncates thread names to 15 characters.
    private const string TieredCompilationThread = ".NET Tiered Com";

    /// <summary>
    /// The CPU time the tiered compilation thread of <paramref name="process"/> has used so far, or null where that
    /// cannot be read (not Linux, the process is gone).
    /// </summary>
    public static TimeSpan? TieredCompilationTime(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var tasks = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/task";
        if (!OperatingSystem.IsLinux() || !Directory.Exists(tasks))
        {
            return null;
        }

        long ticks = 0;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended meanwhile
            }

            // "pid (name) state ...": the name may hold spaces and parentheses, so cut at the last ')'.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open || !stat.AsSpan(open + 1, close - open - 1).StartsWith(TieredCompilationThread, StringComparison.Ordinal))
            {
                continue;
            }

            // After the name: state is field 3, utime field 14 and stime field 15 (man 5 proc).
            var fields = stat[(close + 2)..].Split(' ');
            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        // The kernel counts in USER_HZ, 100 a second on every Linux the benchmark runs on.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>
    /// Waits at least <paramref name="minimum"/>, then until the compiler of <paramref name="process"/> used less than
    /// 2 % of a core over <paramref name="window"/>, or <paramref name="maximum"/> has passed. Returns how long it
    /// waited and whether the compiler was seen quiet (false where it cannot be read or never settled).
    /// </summary>
    public static async Task<(TimeSpan Waited, bool Quiet)> WaitUntilQuietAsync(Process process, TimeSpan minimum, TimeSpan maximum, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        var clock = Stopwatch.StartNew();
        await Task.Delay(minimum, cancellationToken).ConfigureAwait(false);
        var before = TieredCompilationTime(process);
        if (before is null)
        {
            return (clock.Elapsed, false);
        }

        while (clock.Elapsed + window <= maximum)
        {
            await Task.Delay(window, cancellationToken).ConfigureAwait(false);
            var after = TieredCompilationTime(process);
            if (after is null)
            {
                return (clock.Elapsed, false);
            }

            if (Used(before.Value, after.Value) / window < 0.02)
            {
                return (clock.Elapsed, true);
            }

            before = after;
        }

        return (clock.Elapsed, false);
    }

    /// <summary>
    /// The compiler's CPU time between two readings of <see cref="TieredCompilationTime"/>. The runtime ends the
    /// thread after a few idle seconds and starts a new one when there is work again, so a second reading below the
    /// first means a new thread: all of its time is counted.
    /// </summary>
    public static TimeSpan Used(TimeSpan before, TimeSpan after) => after >= before ? after - before : after;
}
