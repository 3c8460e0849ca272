using System.Globalization;
using System.Security.Cryptography;
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

// Meta's side of the Messenger targets: the Send API the bot replies to, and the app secret webhooks are signed with
// (made up for this run, so nothing secret is ever written down).
await using var sendApi = await FakeSendApi.StartAsync();
var appSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
Dictionary<string, string> WithMessenger(Dictionary<string, string> settings)
{
    settings["Messenger:AppId"] = "100000000000077";
    settings["Messenger:AppSecret"] = appSecret;
    settings["Messenger:VerifyToken"] = "bench-verify-token";
    settings["Messenger:GraphBaseUrl"] = sendApi.BaseUrl.ToString();
    settings["Messenger:Pages:0:PageId"] = MessengerWebhookDriver.PageId;
    settings["Messenger:Pages:0:AccessToken"] = "bench-page-token";

    // The Send API pacing (20 calls/s per Page by default, for Meta's limits) would be all we measured.
    settings["MessengerSend:MaxSendsPerSecond"] = "250";
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

var names = new[] { "fixed-reply", "echo-bot", "majordome-memory", "majordome-sqlite", "majordome-postgres", "majordome-messenger-sqlite", "majordome-messenger-postgres" };
if (options.Targets.FirstOrDefault(t => !names.Contains(t)) is { } unknown)
{
    Console.Error.WriteLine($"Unknown target {unknown}. Targets: {string.Join(", ", names)}.");
    return 2;
}

// Built only when selected: a PostgreSQL target starts a server.
var targets = new List<(string Name, Func<Target> Make)>
{
    ("fixed-reply", () => new Target("fixed-reply", "Majordome.Bench.FixedReply.dll", brand, IsBaseline: true)),
    ("echo-bot", () => new Target("echo-bot", "Majordome.Bench.EchoBot.dll", brand, IsBaseline: true)),
    ("majordome-memory", () => new Target("majordome-memory", "Majordome.Bot.dll", Majordome("Memory"), IsBaseline: false)),
    ("majordome-sqlite", () => new Target("majordome-sqlite", "Majordome.Bot.dll", Majordome("Sqlite"), IsBaseline: false)),
    ("majordome-postgres", () => new Target("majordome-postgres", "Majordome.Bot.dll", Majordome("Postgres", PostgresServer.Instance.CreateDatabase("bench")), IsBaseline: false)),
    ("majordome-messenger-sqlite", () => new Target("majordome-messenger-sqlite", "Majordome.Bot.dll", WithMessenger(Majordome("Sqlite")), IsBaseline: false, TargetChannel.MessengerWebhook)),
    ("majordome-messenger-postgres", () => new Target("majordome-messenger-postgres", "Majordome.Bot.dll", WithMessenger(Majordome("Postgres", PostgresServer.Instance.CreateDatabase("bench_messenger"))), IsBaseline: false, TargetChannel.MessengerWebhook)),
};

var results = new List<LoadResult>();
var baselines = new List<string>();
foreach (var (name, make) in targets)
{
    if (options.Targets.Count > 0 && !options.Targets.Contains(name))
    {
        continue;
    }

    var target = make();

    Console.Error.WriteLine($"{target.Name}: starting…");
    await using var server = await BotProcess.StartAsync(target.AssemblyFile, target.Settings);
    var result = target.Channel == TargetChannel.MessengerWebhook
        ? await RunMessengerAsync(target.Name, server)
        : await LoadRunner.RunAsync(target.Name, server.BaseAddress, server.Process, options, CancellationToken.None);
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

async Task<LoadResult> RunMessengerAsync(string name, BotProcess server)
{
    using var client = LoadRunner.CreateClient(server.BaseAddress, options);
    var driver = await MessengerWebhookDriver.CreateAsync(client, sendApi, appSecret, CancellationToken.None);
    Console.Error.WriteLine($"{name}: replies per turn {string.Join(",", driver.RepliesPerTurn)} (calibration conversation); tapped: {string.Join(", ", driver.TappedTurns)}");
    var result = await LoadRunner.RunAsync(name, driver, server.Process, options, CancellationToken.None);
    Console.Error.WriteLine($"{name}: {driver.Taps.QuickReplies} quick-reply taps, {driver.Taps.Postbacks} postbacks, {sendApi.UnexpectedCalls} unexpected Graph calls so far");
    return result;
}
