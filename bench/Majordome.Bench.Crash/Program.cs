using System.Globalization;
using System.Security.Cryptography;
using Majordome.Bench.Crash;
using Majordome.Tests.Harness.Messenger;

// dotnet run -c Release --project bench/Majordome.Bench.Crash -- [rounds] [customers]
// Each round starts the bot on fresh SQLite files, sends a burst of booking conversations, stops the bot at a
// random moment of the burst (SIGKILL and SIGTERM in turn), restarts it on the same files and counts the answers.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var customers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
if (rounds < 1 || customers < 1)
{
    Console.Error.WriteLine("usage: Majordome.Bench.Crash [rounds (50)] [customers (8)]");
    return 2;
}

const string PageId = "1100000000000077";
var token = "drill-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
await using var graph = await RecordingSendApi.StartAsync(token);
var settings = new Dictionary<string, string>
{
    ["Messenger:AppId"] = "100000000000078",
    ["Messenger:AppSecret"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
    ["Messenger:VerifyToken"] = "drill-verify-token",
    ["Messenger:GraphBaseUrl"] = graph.BaseUrl.ToString(),
    ["Messenger:Pages:0:PageId"] = PageId,
    ["Messenger:Pages:0:AccessToken"] = token,
    ["MessengerSend:MaxSendsPerSecond"] = "250",
    ["Messenger:Inbox:InstanceId"] = "crash-bench",
    ["Understanding:TrainAtStartup"] = "false",
};

var steps = customers * MessengerCrashDrill.Script.Count;
Console.WriteLine("| round | stop | after replies | duplicated | lost | apologies |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|");
int duplicates = 0, losses = 0, errors = 0;
for (var round = 1; round <= rounds; round++)
{
    var stop = round % 2 == 1 ? StopKind.Kill : StopKind.Terminate;
    var after = Random.Shared.Next(1, steps);
    var outcome = await MessengerCrashDrill.RunAsync(settings, graph, stop, customers, after, TimeSpan.FromSeconds(60));
    duplicates += outcome.Duplicates;
    losses += outcome.Losses;
    errors += outcome.Errors;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {stop} | {after} | {outcome.Duplicates} | {outcome.Losses} | {outcome.Errors} |"));
    if (!outcome.IsClean)
    {
        Console.Error.WriteLine(outcome.Describe());
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds of {customers} customers × {MessengerCrashDrill.Script.Count} messages: {duplicates} answers duplicated, {losses} lost, {errors} apologies."));
return duplicates + losses + errors == 0 ? 0 : 1;
