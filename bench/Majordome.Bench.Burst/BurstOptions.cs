using System.Globalization;

namespace Majordome.Bench.Burst;

/// <summary>The burst to play; from the command line.</summary>
public sealed record BurstOptions
{
    /// <summary>Customers writing at once.</summary>
    public int Customers { get; init; } = 1000;

    /// <summary>Messages each customer writes (the first steps of the booking flow), one after the other.</summary>
    public int MessagesPerCustomer { get; init; } = 2;

    /// <summary>Incoming messages per second, all customers together.</summary>
    public double Rate { get; init; } = 200;

    /// <summary>How long each Send API call takes to answer (a Graph round trip).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The Page's limit the fake Send API enforces (Meta: 300 calls a second for text).</summary>
    public int Limit { get; init; } = Majordome.Tests.Harness.Messenger.ThrottledSendApi.DocumentedCallsPerSecond;

    /// <summary>How long to wait for the last answers.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Bot settings given on the command line (<c>--set Key=Value</c>), over the defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Parses <c>--customers 1000 --messages 2 --rate 200 --latency-ms 100 --limit 300 --timeout 600 --set Key=Value</c>.</summary>
    public static BurstOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BurstOptions();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--customers" => options with { Customers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--messages" => options with { MessagesPerCustomer = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--latency-ms" => options with { Latency = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--limit" => options with { Limit = int.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--set" when value.Split('=', 2) is [var key, var setting] => AddSetting(options, settings, key, setting),
                _ => throw new ArgumentException($"Unknown option {args[i]} {value}. Options: --customers n, --messages n (1-8), --rate per second, --latency-ms ms, --limit calls per second, --timeout s, --set Key=Value."),
            };
            i++;
        }

        // Bounded on purpose: this runs on developers' machines, loopback only.
        if (options.Customers is < 1 or > 10_000 || options.MessagesPerCustomer is < 1 or > 8 || options.Rate is <= 0 or > 2000 || options.Limit < 1 || options.Timeout > TimeSpan.FromMinutes(30))
        {
            throw new ArgumentException("Limits: --customers 1..10000, --messages 1..8, --rate up to 2000, --limit ≥ 1, --timeout ≤ 1800 s.");
        }

        return options;
    }

    private static BurstOptions AddSetting(BurstOptions options, Dictionary<string, string> settings, string key, string value)
    {
        settings[key] = value;
        return options with { Settings = new Dictionary<string, string>(settings, StringComparer.Ordinal) };
    }
}
