using System.Globalization;
using Majordome.Bench.Load;
using Majordome.Tests.Harness;

// Each target runs alone (started, loaded, stopped) so they never compete for the machine's cores.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var dataRoot = Path.Combine(Path.GetTempPath(), "majordome-bench", Guid.NewGuid().ToString("N"));
var brand = new Dictionary<string, string> { ["Brand:ContentDirectory"] = RepositoryRoot.BrandDirectory, ["Logging:LogLevel:Default"] = "Warning" };
Dictionary<string, string> Majordome(string provider, string? connectionString = null)
{
    var settings = new Dictionary<string, string>(brand)
    {
        ["Storage:Provider"] = provider,
        ["Storage:DataDirectory"] = Path.Combine(dataRoot, provider + "-" + Guid.NewGuid().ToString("N")),
    };
    if (connectionString is not null)
    {
        settings["Storage:ConnectionString"] = connectionString;
    }

    return settings;
}

if (options.Soak is { } soak)
{
    await using var server = await BotProcess.StartAsync(Majordome("Sqlite"));
    Console.WriteLine("| minute | turns/s | p99 ms | working set MiB |");
    Console.WriteLine("|---:|---:|---:|---:|");
    var segment = options with { WarmUp = TimeSpan.FromSeconds(1), Duration = TimeSpan.FromSeconds(59) };
    for (var minute = 1; minute <= Math.Ceiling(soak.TotalMinutes); minute++)
    {
        var result = await LoadRunner.RunAsync("majordome-sqlite", server.BaseAddress, server.Process, segment, CancellationToken.None);
        server.Process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {minute} | {result.TurnsPerSecond:0} | {result.Percentile(99):0.0} | {server.Process.WorkingSet64 / (1024.0 * 1024.0):0} |"));
    }

    return 0;
}

var targets = new List<Func<Target>>
{
    () => new Target("fixed-reply", "Majordome.Bench.FixedReply.dll", brand, IsBaseline: true),
    () => new Target("echo-bot", "Majordome.Bench.EchoBot.dll", brand, IsBaseline: true),
    () => new Target("majordome-memory", "Majordome.Bot.dll", Majordome("Memory"), IsBaseline: false),
    () => new Target("majordome-sqlite", "Majordome.Bot.dll", Majordome("Sqlite"), IsBaseline: false),
    () => new Target("majordome-postgres", "Majordome.Bot.dll", Majordome("Postgres", PostgresServer.Instance.CreateDatabase("bench")), IsBaseline: false),
};

var results = new List<LoadResult>();
var baselines = new List<string>();
foreach (var make in targets)
{
    var target = make();
    if (options.Targets.Count > 0 && !options.Targets.Contains(target.Name))
    {
        continue;
    }

    Console.Error.WriteLine($"{target.Name}: starting…");
    await using var server = await BotProcess.StartAsync(target.AssemblyFile, target.Settings);
    var result = await LoadRunner.RunAsync(target.Name, server.BaseAddress, server.Process, options, CancellationToken.None);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name}: {result.TurnsPerSecond:0} turns/s, p99 {result.Percentile(99):0.0} ms, {result.Errors} errors"));
    results.Add(result);
    if (target.IsBaseline)
    {
        baselines.Add(target.Name);
    }
}

Console.WriteLine(Report.Format(results, baselines, options));
try
{
    Directory.Delete(dataRoot, recursive: true);
}
catch (IOException)
{
}

return results.Any(r => r.Errors > 0) ? 1 : 0;
