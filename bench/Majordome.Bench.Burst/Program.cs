using System.Globalization;
using System.Security.Cryptography;
using Majordome.Bench.Burst;
using Majordome.Tests.Harness.Messenger;

// dotnet run -c Release --project bench/Majordome.Bench.Burst -- [--customers 1000] [--messages 2] [--rate 200]
//     [--latency-ms 100] [--limit 300] [--set MessengerSend:MaxSendsPerSecond=20]
// A bot process with its default settings (SQLite) answers a campaign burst on one Page: each customer writes the
// first messages of the booking flow, all customers together at --rate messages a second, and the bot answers through
// a fake Send API on loopback that takes --latency-ms per call and refuses with code 613 any call beyond --limit in a
// second (Meta's documented 300 calls a second per Page). Prints the time to first reply, the replies lost and the
// Send API calls per turn; exits 1 when a message was lost, answered twice or out of order.
BurstOptions options;
try
{
    options = BurstOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

const string PageId = "1100000000000079";
var token = "burst-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
await using var sendApi = await ThrottledSendApi.StartAsync(token, options.Limit, options.Latency);
var settings = new Dictionary<string, string>
{
    ["Messenger:AppId"] = "100000000000079",
    ["Messenger:AppSecret"] = secret,
    ["Messenger:VerifyToken"] = "burst-verify-token",
    ["Messenger:GraphBaseUrl"] = sendApi.BaseUrl.ToString(),
    ["Messenger:Pages:0:PageId"] = PageId,
    ["Messenger:Pages:0:AccessToken"] = token,

    // The greeting and the booking flow's first question need no intent model; training it would only delay the start.
    ["Understanding:TrainAtStartup"] = "false",
};
foreach (var (key, value) in options.Settings)
{
    settings[key] = value;
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Customers} customers × {options.MessagesPerCustomer} messages at {options.Rate:0}/s; Send API {options.Latency.TotalMilliseconds:0} ms a call, {options.Limit} calls/s; settings {string.Join(", ", options.Settings.Select(s => $"{s.Key}={s.Value}"))}"));
var outcome = await MessengerBurstDrill.RunAsync(settings, sendApi, options.Customers, options.MessagesPerCustomer, options.Rate, options.Timeout);

Console.WriteLine("| messages | p50 s | p95 s | p99 s | max s | lost (not acknowledged) | duplicated | out of order | apologies | calls per turn | sender actions | throttled (613) | last answer s | bot CPU ms per message |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {outcome.Messages} | {outcome.Percentile(50) / 1000:0.00} | {outcome.Percentile(95) / 1000:0.00} | {outcome.Percentile(99) / 1000:0.00} | {outcome.Percentile(100) / 1000:0.00} | {outcome.Lost} ({outcome.Unacknowledged}) | {outcome.Duplicates} | {outcome.OutOfOrder} | {outcome.Apologies} | {outcome.CallsPerTurn:0.00} | {outcome.SenderActions} | {outcome.Throttled} | {outcome.Elapsed.TotalSeconds:0.0} | {outcome.BotCpu.TotalMilliseconds / Math.Max(1, outcome.Messages):0.0} |"));
if (!outcome.IsClean)
{
    Console.Error.WriteLine(outcome.Describe());
}

return outcome.IsClean ? 0 : 1;
