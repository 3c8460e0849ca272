using System.Globalization;
using System.Security.Cryptography;
using Majordome.Bench.Crash;
using Majordome.Tests.Harness.Messenger;

// dotnet run -c Release --project bench/Majordome.Bench.Crash -- [rounds] [customers] [--no-echoes]
// Each round starts the bot on fresh SQLite files, sends a burst of booking conversations, stops the bot at a
// random moment of the burst (SIGKILL and SIGTERM in turn), restarts it on the same files and counts the answers.
// The fake Send API echoes each message back to the bot as Meta does for a Page subscribed to message_echoes;
// --no-echoes runs a Page that is not (no echoes, Messenger:Inbox:EchoWait 0).
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var echoesOn = !args.Contains("--no-echoes");
var rounds = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 50;
var customers = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 8;
if (rounds < 1 || customers < 1)
{
    Console.Error.WriteLine("usage: Majordome.Bench.Crash [rounds (50)] [customers (8)] [--no-echoes]");
    return 2;
}

const string PageId = "1100000000000077";
const string AppId = "100000000000078";
var token = "drill-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
await using var graph = await RecordingSendApi.StartAsync(token);
await using var echoes = echoesOn ? new EchoWebhook(AppId, secret, PageId) : null;
graph.Echoes = echoes;
var settings = new Dictionary<string, string>
{
    ["Messenger:AppId"] = AppId,
    ["Messenger:AppSecret"] = secret,
    ["Messenger:VerifyToken"] = "drill-verify-token",
    ["Messenger:GraphBaseUrl"] = graph.BaseUrl.ToString(),
    ["Messenger:Pages:0:PageId"] = PageId,
    ["Messenger:Pages:0:AccessToken"] = token,
    ["MessengerSend:MaxSendsPerSecond"] = "250",
    ["Messenger:Inbox:InstanceId"] = "crash-bench",
    ["Understanding:TrainAtStartup"] = "false",
    ["Messenger:Inbox:EchoWait"] = echoesOn ? "00:00:05" : "00:00:00",
};

var steps = customers * MessengerCrashDrill.Script.Count;
Console.WriteLine("| round | stop | after replies | duplicated | lost | apologies |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|");
int duplicates = 0, losses = 0, errors = 0;
for (var round = 1; round <= rounds; round++)
{
    var stop = round % 2 == 1 ? StopKind.Kill : StopKind.Terminate;
    var after = Random.Shared.Next(1, steps);
    var outcome = await MessengerCrashDrill.RunAsync(settings, graph, stop, customers, after, TimeSpan.FromSeconds(60), echoes: echoes);
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
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds of {customers} customers × {MessengerCrashDrill.Script.Count} messages, echoes {(echoesOn ? "on" : "off")}: {duplicates} answers duplicated, {losses} lost, {errors} apologies."));
return duplicates + losses + errors == 0 ? 0 : 1;
