using System.Globalization;
using System.Security.Cryptography;
using Majordome.Bench.Load;
using Majordome.Tests.Harness;

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

// The Direct Line targets' secret, made up for this run as well.
var directLineSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
Dictionary<string, string> WithDirectLine(Dictionary<string, string> settings)
{
    settings["DirectLine:Secret"] = directLineSecret;
    return settings;
}

if (options.Soak is { } soak)
{
    // A new conversation every time the script ends: if anything were kept per conversation once it is over, the live
    // heap (read after a full collection, between two minutes of load) would grow with the conversations.
    await using var server = await BotProcess.StartAsync(Majordome("Sqlite"));
    Console.WriteLine("| minute | turns/s | p99 ms | conversations so far | working set MiB | live heap MiB |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
    var segment = options with { WarmUp = TimeSpan.FromSeconds(1), Duration = TimeSpan.FromSeconds(59) };
    var conversations = 0L;
    var heaps = new List<(long Conversations, double HeapMb)>();
    for (var minute = 1; minute <= Math.Ceiling(soak.TotalMinutes); minute++)
    {
        var result = await LoadRunner.RunAsync("majordome-sqlite", server.BaseAddress, server.Process, segment, CancellationToken.None);
        conversations += result.Turns / ConversationScript.Turns.Count;
        server.Process.Refresh();
        var heapMb = await HeapProbe.LiveHeapAfterFullCollectionAsync(server.Process.Id, TimeSpan.FromSeconds(30), CancellationToken.None) / (1024.0 * 1024.0);
        heaps.Add((conversations, heapMb));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {minute} | {result.TurnsPerSecond:0} | {result.Percentile(99):0.0} | {conversations} | {server.Process.WorkingSet64 / (1024.0 * 1024.0):0} | {heapMb:0.0} |"));
    }

    // From the end of the first minute (start-up, caches filled) to the end: what each further conversation left behind.
    if (heaps.Count >= 2)
    {
        var (firstConversations, firstHeap) = heaps[0];
        var (lastConversations, lastHeap) = heaps[^1];
        var perConversation = (lastHeap - firstHeap) * 1024 * 1024 / Math.Max(1, lastConversations - firstConversations);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Live heap after minute 1: {firstHeap:0.0} MiB; after minute {heaps.Count}: {lastHeap:0.0} MiB, {lastConversations - firstConversations} conversations later: {perConversation:0.0} bytes per conversation."));
    }

    return 0;
}

var names = new[] { "fixed-reply", "echo-bot", "majordome-memory", "majordome-sqlite", "majordome-postgres", "majordome-messenger-sqlite", "majordome-messenger-postgres", "majordome-directline-sqlite", "majordome-directline-postgres" };
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
    ("majordome-directline-sqlite", () => new Target("majordome-directline-sqlite", "Majordome.Bot.dll", WithDirectLine(Majordome("Sqlite")), IsBaseline: false, TargetChannel.DirectLine)),
    ("majordome-directline-postgres", () => new Target("majordome-directline-postgres", "Majordome.Bot.dll", WithDirectLine(Majordome("Postgres", PostgresServer.Instance.CreateDatabase("bench_directline"))), IsBaseline: false, TargetChannel.DirectLine)),
};

// Every selected server is started first and stays up (idle while another is loaded), then warmed up alone until its
// JIT compiler is quiet, and measured in rounds: one target after the other, the whole sequence `--rounds` times. A
// slow spell of this machine (runs minutes apart differ by up to two times) then falls on all the targets of a round
// rather than on one, and the ratios compare targets measured within minutes of each other.
var running = new List<RunningTarget>();
var runs = new List<TargetRun>();
var baselines = new List<string>();
try
{
    foreach (var (name, make) in targets)
    {
        if (options.Targets.Count > 0 && !options.Targets.Contains(name))
        {
            continue;
        }

        var target = make();
        Console.Error.WriteLine($"{target.Name}: starting…");
        running.Add(await RunningTarget.StartAsync(target, options, client => DriverFor(target, client)));
        if (target.IsBaseline)
        {
            baselines.Add(target.Name);
        }
    }

    var rounds = running.ToDictionary(r => r, _ => new List<LoadResult>());
    var warmUps = new Dictionary<RunningTarget, (TimeSpan Waited, bool Quiet)>();
    for (var round = 1; round <= options.Rounds; round++)
    {
        foreach (var target in running)
        {
            // The first round warms the target up; later rounds only let the customers get going again.
            Func<CancellationToken, Task> warmUp = warmUps.ContainsKey(target)
                ? token => Task.Delay(TimeSpan.FromSeconds(2), token)
                : async token => warmUps[target] = await JitActivity.WaitUntilQuietAsync(target.Server.Process, options.WarmUp, options.MaxWarmUp, TimeSpan.FromSeconds(2), token);
            TimeSpan? jitBefore = null;
            var result = await LoadRunner.RunAsync(target.Target.Name, target.Driver, target.Server.Process, options, async token =>
            {
                await warmUp(token);
                jitBefore = JitActivity.TieredCompilationTime(target.Server.Process);
            }, CancellationToken.None);
            var jitAfter = JitActivity.TieredCompilationTime(target.Server.Process);
            var jit = jitBefore is { } b && jitAfter is { } a ? JitActivity.Used(b, a) : (TimeSpan?)null;
            rounds[target].Add(result);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}, {target.Target.Name}: {result.TurnsPerSecond:0} turns/s, p99 {result.Percentile(99):0.0} ms, {result.Errors} errors, JIT compiler {(jit is { } j ? $"{j.TotalMilliseconds:0} ms" : "unknown")} of CPU while measured"));
            if (target.Driver is MessengerWebhookDriver messenger)
            {
                Console.Error.WriteLine($"{target.Target.Name}: {messenger.Taps.QuickReplies} quick-reply taps, {messenger.Taps.Postbacks} postbacks, {sendApi.UnexpectedCalls} unexpected Graph calls so far");
            }
        }
    }

    runs.AddRange(running.Select(r => new TargetRun(r.Target.Name, warmUps[r].Waited, warmUps[r].Quiet, rounds[r])));
}
finally
{
    foreach (var target in running)
    {
        await target.DisposeAsync();
    }
}

Console.WriteLine(Report.Format(runs, baselines, options));
try
{
    Directory.Delete(dataRoot, recursive: true);
}
catch (IOException)
{
}

return runs.Any(r => r.Pooled.Errors > 0) ? 1 : 0;

async Task<ILoadDriver> DriverFor(Target target, HttpClient client)
{
    if (target.Channel == TargetChannel.DirectLine)
    {
        return new DirectLineDriver(client, directLineSecret);
    }

    if (target.Channel != TargetChannel.MessengerWebhook)
    {
        return new ExpectRepliesDriver(client);
    }

    var driver = await MessengerWebhookDriver.CreateAsync(client, sendApi, appSecret, CancellationToken.None);
    Console.Error.WriteLine($"{target.Name}: replies per turn {string.Join(",", driver.RepliesPerTurn)} (calibration conversation); tapped: {string.Join(", ", driver.TappedTurns)}");
    return driver;
}
