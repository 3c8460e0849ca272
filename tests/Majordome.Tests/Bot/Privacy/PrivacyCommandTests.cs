using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Privacy;

/// <summary>
/// <c>privacy export|erase|erasures</c> against a real SQLite file (the bot's default): the export is JSON, the
/// erasure needs --yes and is recorded with the operator's name, bad arguments print the usage and change nothing.
/// </summary>
public sealed class PrivacyCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-privacy-command", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Export_PrintsTheCustomersDataAsJson()
    {
        await SeedAsync();

        var (code, output) = await RunAsync("privacy", "export", "directline", "dl-alice");

        Assert.Equal(0, code);
        var export = JsonNode.Parse(output)!;
        Assert.Equal("directline/dl-alice", export["customer"]!["key"]!.GetValue<string>());
        Assert.Equal("alice@example.com", export["records"]!["flow_leads"]!.AsArray().Single()!["email"]!.GetValue<string>());
        Assert.Equal("en", export["profile"]!["profile"]!["Language"]!.GetValue<string>());
    }

    [Fact]
    public async Task Erase_WithoutYes_ErasesNothing_AndWithYes_ErasesAndRecordsTheOperator()
    {
        await SeedAsync();

        var (refused, refusal) = await RunAsync("privacy", "erase", "directline", "dl-alice");
        var leadsAfterRefusal = await new SqlFlowRecordStore(Database()).ReadLeadsAsync("newsletter");
        var (code, output) = await RunAsync("privacy", "erase", "directline", "dl-alice", "--yes");
        var (_, erasures) = await RunAsync("privacy", "erasures", "directline", "dl-alice");

        Assert.Equal((2, true), (refused, refusal.Contains("--yes", StringComparison.Ordinal)));
        Assert.Single(leadsAfterRefusal);
        Assert.Equal(0, code);
        Assert.Contains("is erased", output, StringComparison.Ordinal);
        Assert.Empty(await new SqlFlowRecordStore(Database()).ReadLeadsAsync("newsletter"));
        using var storage = Storage();
        Assert.Empty(await storage.ReadAsync(["directline/users/dl-alice"]));
        Assert.Contains("UTC cli cli:ops", System.Text.RegularExpressions.Regex.Replace(erasures, " +", " "), StringComparison.Ordinal);
        Assert.Contains("1 erasure(s)", erasures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("privacy")]
    [InlineData("privacy", "export", "directline")]
    [InlineData("privacy", "forget", "directline", "dl-alice")]
    [InlineData("privacy", "erase", "direct/line", "dl-alice", "--yes")]
    [InlineData("privacy", "erase", "directline", "", "--yes")]
    public async Task BadArguments_PrintTheUsage_AndEraseNothing(params string[] args)
    {
        await SeedAsync();

        var (code, output) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage: privacy export", output, StringComparison.Ordinal);
        Assert.Single(await new SqlFlowRecordStore(Database()).ReadLeadsAsync("newsletter"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private SqliteStorageOptions Options => new() { DataDirectory = _folder, FileName = "majordome.db" };

    private BusinessDatabase Database() => new(Options);

    private SqliteStorage Storage() => new(Options);

    private async Task SeedAsync()
    {
        using var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { ["directline/users/dl-alice"] = JObject.Parse("""{"profile":{"Language":"en"}}""") });
        await new SqlFlowRecordStore(Database()).RecordLeadAsync(new Lead("newsletter", "directline/dl-alice", "alice@example.com", null, "Alice", true, "I agree", "en", DateTimeOffset.UtcNow));
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _folder,
        }).Build();
        using var output = new StringWriter();
        var code = await PrivacyCommand.RunAsync(args, configuration, "ops", output);
        return (code, output.ToString());
    }
}
