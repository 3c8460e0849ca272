using System.Text.Json;
using Majordome.Bot.Adapters;
using Majordome.Bot.Analytics;
using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Analytics.Experiments;

/// <summary>
/// A marketer's experiment on the shipped gift finder (variant b promises "three questions"), played by 2,000
/// simulated customers through the bot as the host composes it (flows, dialogs, analytics, a SQLite file), then
/// reported by the experiments command: its figures match a hand computation from the customers' raw counts.
/// </summary>
public sealed class GiftFinderExperimentTests(Xunit.Abstractions.ITestOutputHelper log) : IAsyncLifetime
{
    private const int Customers = 2000;
    private const string IntroA = GiftFinderExperimentBrand.IntroA;
    private const string IntroB = GiftFinderExperimentBrand.IntroB;
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    // A real SQLite file, in memory-backed /dev/shm where there is one: the business database commits with
    // synchronous = FULL, and 2,000 customers' assignments would otherwise wait seconds on a shared disk's fsyncs.
    private readonly string _root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "majordome-experiment-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;
    private IConfiguration? _settings;

    private string Brand => Path.Combine(_root, "brand");

    public Task InitializeAsync()
    {
        GiftFinderExperimentBrand.Write(Brand);

        _settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Brand:ContentDirectory"] = Brand,
                ["Storage:Provider"] = "Sqlite",
                ["Storage:DataDirectory"] = Path.Combine(_root, "data"),
                ["Storage:FileName"] = "majordome.db",
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(_settings);
        services.AddMajordomeStorage(_settings).AddBrandContent(_settings).AddMajordomeData().AddMajordomeAnalytics().AddMajordomeBot(_settings);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task TwoThousandCustomers_ReportMatchesTheHandComputation()
    {
        var services = _services!;
        var flow = services.GetRequiredService<FlowCatalogSource>().Current.Flows.Single(f => f.Id == "gift-finder");
        Assert.NotNull(flow.Experiment);
        var bot = services.GetRequiredService<IBot>();
        var random = new Random(19);
        var seen = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0 };
        var completed = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0 };
        int askedBudget = 0, answeredBudget = 0, answeredTaste = 0;

        for (var i = 0; i < Customers; i++)
        {
            var customer = new Customer(bot, i);
            var intro = await customer.SayAsync("I am looking for a gift idea");
            var variant = intro.Contains(IntroB) ? "b" : intro.Contains(IntroA) ? "a" : throw new Xunit.Sdk.XunitException("No intro: " + string.Join(" | ", intro));
            Assert.False(intro.Contains(IntroA) && intro.Contains(IntroB), "a customer saw both variants");
            seen[variant]++;
            askedBudget++;

            // The promise of three questions keeps more customers past the first (45 % leave in a, 38 % in b).
            if (random.NextDouble() < (variant == "b" ? 0.38 : 0.45))
            {
                continue;
            }

            answeredBudget++;
            await customer.SayAsync("80");
            if (random.NextDouble() < 0.1)
            {
                continue;
            }

            answeredTaste++;
            await customer.SayAsync("Intense");
            var end = await customer.SayAsync("Christmas");
            Assert.Contains("You will find them in the online shop. Merry Christmas!", end);
            completed[variant]++;
        }

        // The report, as the marketer runs it.
        var output = new StringWriter();
        Assert.Equal(0, await ExperimentsCommand.RunAsync(["experiments", "--flow", "gift-finder", "--json"], _settings!, output, new FakeTimeProvider(Now.AddDays(2))));
        using var json = JsonDocument.Parse(output.ToString());
        var report = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("three-questions", report.GetProperty("experiment").GetString());
        var variants = report.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["a", "b"], variants.Select(v => v.GetProperty("name").GetString()));

        // By hand, from the raw counts: the rates, the Wilson intervals and the pooled z-test.
        Assert.Equal(Customers, seen["a"] + seen["b"]);
        foreach (var v in variants)
        {
            var name = v.GetProperty("name").GetString()!;
            double n = seen[name], x = completed[name];
            Assert.Equal(seen[name], v.GetProperty("customers").GetInt64());
            Assert.Equal(completed[name], v.GetProperty("conversions").GetInt64());
            Assert.Equal(x / n, v.GetProperty("rate").GetDouble(), 1e-12);
            const double Z = 1.959963984540054;
            var p = x / n;
            var centre = (p + (Z * Z / (2 * n))) / (1 + (Z * Z / n));
            var half = Z / (1 + (Z * Z / n)) * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4 * n * n)));
            Assert.Equal(centre - half, v.GetProperty("low").GetDouble(), 1e-9);
            Assert.Equal(centre + half, v.GetProperty("high").GetDouble(), 1e-9);
        }

        var (xa, na, xb, nb) = ((double)completed["a"], (double)seen["a"], (double)completed["b"], (double)seen["b"]);
        var pooled = (xa + xb) / (na + nb);
        var z = ((xb / nb) - (xa / na)) / Math.Sqrt(pooled * (1 - pooled) * ((1 / na) + (1 / nb)));
        var pValue = 2 * (1 - NormalCdfBySimpson(Math.Abs(z)));
        var comparison = Assert.Single(report.GetProperty("comparisons").EnumerateArray().ToList());
        Assert.Equal(z, comparison.GetProperty("z").GetDouble(), 1e-9);
        Assert.Equal(pValue, comparison.GetProperty("p").GetDouble(), 1e-7);
        Assert.True(comparison.GetProperty("significant").GetBoolean(), $"z = {z}, p = {pValue}");
        var expected = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"b converts better: {100 * xb / nb:0.0} % vs {100 * xa / na:0.0} %, ");
        Assert.StartsWith(expected, comparison.GetProperty("sentence").GetString(), StringComparison.Ordinal);

        var text = new StringWriter();
        Assert.Equal(0, await ExperimentsCommand.RunAsync(["experiments"], _settings!, text, new FakeTimeProvider(Now.AddDays(2))));
        log.WriteLine(text.ToString());

        // The step funnel of the analytics report: who reached each question and where they left.
        await services.GetRequiredService<AnalyticsFlusher>().FlushAsync(CancellationToken.None);
        var analytics = await services.GetRequiredService<SqlAnalyticsStore>().ReadAsync(Now.AddHours(-1), Now.AddHours(1));
        log.WriteLine(AnalyticsCommand.FormatText(analytics, 1));
        var steps = analytics.Steps.Where(s => s.Flow == "flow:gift-finder").ToDictionary(s => s.Step);
        Assert.Equal((askedBudget, answeredBudget, askedBudget - answeredBudget), (steps["steps[2]:ask-number"].Reached, steps["steps[2]:ask-number"].Answered, steps["steps[2]:ask-number"].Left));
        Assert.Equal((answeredBudget, answeredTaste), (steps["steps[3]:ask-choice"].Reached, steps["steps[3]:ask-choice"].Answered));
        Assert.Equal(seen["a"], steps["steps[0]:say"].Reached);
        Assert.Equal(seen["b"], steps["steps[1]:say"].Reached);
        Assert.Equal(completed["a"] + completed["b"], analytics.Sum(Majordome.Dialogs.Analytics.AnalyticsEvents.FlowCompleted, "flow:gift-finder"));
        Assert.Equal(seen["a"], analytics.Sum(Majordome.Dialogs.Analytics.AnalyticsEvents.ExperimentAssigned, "flow:gift-finder/three-questions/a"));
    }

    [Fact]
    public async Task Customer_StartingTheFlowAgain_SeesTheSameVariant_AndIsCountedOnce()
    {
        var bot = _services!.GetRequiredService<IBot>();
        var intros = new List<bool>();
        for (var number = 0; number < 8; number++)
        {
            var customer = new Customer(bot, number);
            var first = (await customer.SayAsync("I am looking for a gift idea")).Contains(IntroB);
            await customer.SayAsync("menu");
            var second = (await customer.SayAsync("I am looking for a gift idea")).Contains(IntroB);
            Assert.Equal(first, second);
            intros.Add(first);
        }

        var output = new StringWriter();
        Assert.Equal(0, await ExperimentsCommand.RunAsync(["experiments"], _settings!, output, new FakeTimeProvider(Now)));
        var text = output.ToString();
        Assert.Contains("gift-finder / three-questions: conversion = end within 1d", text, StringComparison.Ordinal);
        Assert.Matches($@"\n  a\s+{intros.Count(b => !b)}\s+0\s", text);
        Assert.Matches($@"\n  b\s+{intros.Count(b => b)}\s+0\s", text);
    }

    /// <summary>Φ(x) by Simpson's rule on the normal density: a computation independent of the library the report uses.</summary>
    private static double NormalCdfBySimpson(double x)
    {
        const int Steps = 20_000;
        var h = x / Steps;
        double Density(double t) => Math.Exp(-t * t / 2) / Math.Sqrt(2 * Math.PI);
        var sum = Density(0) + Density(x);
        for (var k = 1; k < Steps; k++)
        {
            sum += Density(k * h) * (k % 2 == 1 ? 4 : 2);
        }

        return 0.5 + (sum * h / 3);
    }

    /// <summary>One simulated customer on Web Chat, in their own conversation.</summary>
    private sealed class Customer(IBot bot, int number)
    {
        private readonly InMemoryTurnAdapter _adapter = new();

        public async Task<IReadOnlyList<string>> SayAsync(string text)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = Guid.NewGuid().ToString("N"),
                ChannelId = "webchat",
                Conversation = new ConversationAccount(id: $"experiment-{number}"),
                From = new ChannelAccount($"customer-{number}", "Customer"),
                Recipient = new ChannelAccount("bot", "Majordome"),
                ServiceUrl = "https://experiments.invalid/",
                Locale = "en",
                Text = text,
            };
            var replies = await _adapter.ProcessAsync(activity, bot.OnTurnAsync);
            return [.. replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text ?? string.Empty)];
        }
    }
}
