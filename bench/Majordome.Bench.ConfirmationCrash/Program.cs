using System.Diagnostics;
using System.Globalization;
using Majordome.Bench.ConfirmationCrash;
using Majordome.Tests.Harness.Crashes;

CrashOptions options;
try
{
    options = CrashOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kill -9 around booking and checkout confirmations: {options.Iterations} iterations, seed {options.Seed}"));
var watch = Stopwatch.StartNew();
KillNineTally tally;
try
{
    tally = await new KillAtConfirmationLoop(options.Seed, Console.WriteLine).RunAsync(options.Iterations);
}
catch (InvalidOperationException e)
{
    // A conversation did not reach its question, or the bot did not start: the run says nothing about crashes.
    Console.Error.WriteLine(e.Message);
    return 3;
}

Console.WriteLine();
Console.WriteLine("| | duplicated | lost |");
Console.WriteLine("|---|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bookings | {tally.DuplicatedBookings} | {tally.LostBookings} |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| orders | {tally.DuplicatedOrders} | {tally.LostOrders} |"));
Console.WriteLine();
Console.WriteLine(tally);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMinutes:0.0} minutes."));
foreach (var problem in tally.Problems)
{
    Console.WriteLine(problem);
}

return tally.Clean ? 0 : 1;
