using System.Text.Json;
using Majordome.Bot.Hosting;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Analytics;

/// <summary>
/// The host counts real conversations over HTTP, writes the counts to its database, and the <c>analytics</c>
/// command reads them back from that database, as an operator would run it next to the bot.
/// </summary>
public sealed class AnalyticsOverHttpTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new(new() { ["Storage:Provider"] = "Sqlite", ["Analytics:FlushInterval"] = "00:00:01" });

    [Fact]
    public async Task Conversations_OverHttp_AreInTheReportOfTheAnalyticsCommand()
    {
        using var client = _factory.CreateClient();
        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();
        await ExpectRepliesClient.SendAsync(client, first, "bonjour");
        await ExpectRepliesClient.SendAsync(client, first, "Réserver une table");
        await ExpectRepliesClient.SendAsync(client, first, "annuler");
        await ExpectRepliesClient.SendAsync(client, second, "hello");
        await ExpectRepliesClient.SendAsync(client, second, "what's the weather in Tokyo?");

        // Written within a second or so by the flusher.
        JsonElement report = default;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            report = JsonDocument.Parse(await RunAsync("analytics", "--days", "1", "--json")).RootElement;
            if (report.GetProperty("messages").GetInt64() >= 5 && report.GetProperty("notUnderstood").GetInt64() >= 1)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(2, report.GetProperty("conversations").GetInt64());
        Assert.Equal(5, report.GetProperty("messages").GetInt64());
        Assert.Equal(1, report.GetProperty("notUnderstood").GetInt64());
        var booking = report.GetProperty("flows").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "booking");
        Assert.Equal((1, 0, 1), (booking.GetProperty("started").GetInt64(), booking.GetProperty("completed").GetInt64(), booking.GetProperty("cancelled").GetInt64()));

        var text = await RunAsync("analytics");
        Assert.Contains("Conversations begun   2", text, StringComparison.Ordinal);
        Assert.Contains("Not understood        1 (20.0 % of messages)", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  booking +1 +0 +1 +0 %\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task APeriodWithoutConversations_SaysSoInEachSection()
    {
        var text = await RunAsync("analytics", "--days", "3");

        Assert.Contains("Conversations begun   0", text, StringComparison.Ordinal);
        // Channels, languages, flows, flow steps and intents.
        Assert.Equal(5, text.Split("  none in this period").Length - 1);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    [InlineData("--weeks", "2")]
    public async Task Arguments_NotUnderstood_PrintTheUsageAndExit2(string option, string value)
    {
        using var output = new StringWriter();

        var code = await AnalyticsCommand.RunAsync(["analytics", option, value], Configuration(), output);

        Assert.Equal(2, code);
        Assert.Contains("usage: analytics [--days N] [--json]", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseThatCannotBeReached_IsSaidPlainly()
    {
        using var output = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
        }).Build();

        var code = await AnalyticsCommand.RunAsync(["analytics"], configuration, output);

        Assert.Equal(1, code);
        Assert.StartsWith("Could not read the analytics from the database of the \"Storage\" settings:", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Password", output.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        Assert.Equal(0, await AnalyticsCommand.RunAsync(args, Configuration(), output));
        return output.ToString();
    }

    private IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = _factory.DataDirectory,
    }).Build();
}
