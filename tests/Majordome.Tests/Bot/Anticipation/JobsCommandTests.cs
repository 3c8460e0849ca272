using Majordome.Bot.Analytics;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>The jobs CLI and the analytics report's proactive section, over a real SQLite file.</summary>
public sealed class JobsCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "majordome-jobs-cli", Guid.NewGuid().ToString("N"));
    private readonly SqlProactiveJobs _jobs;

    public JobsCommandTests()
    {
        _jobs = new SqlProactiveJobs(new BusinessDatabase(new SqliteStorageOptions { DataDirectory = _folder, FileName = "majordome.db" }), TimeProvider.System);
    }

    [Fact]
    public async Task List_FilteredByCustomerAndStatus_ShowsOnlyThose()
    {
        var mine = await _jobs.ScheduleAsync(Job("webchat/ana"));
        await _jobs.ScheduleAsync(Job("webchat/bob"));
        var cancelled = await _jobs.ScheduleAsync(Job("webchat/ana"));
        await _jobs.CancelAsync(cancelled.Id, "test");

        var (code, text) = await RunAsync("jobs", "list", "--customer", "webchat/ana", "--status", "pending");

        Assert.Equal(0, code);
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.StartsWith(mine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "  reorder", Assert.Single(rows).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_CustomerKeys_MaskedToTheirChannelAndLastCharacters_EvenWhenFilteredByOne()
    {
        await _jobs.ScheduleAsync(Job("facebook/7028345619274851"));
        await _jobs.ScheduleAsync(Job("whatsapp/108941275530092-33612345678"));

        var (code, text) = await RunAsync("jobs", "list");
        var (filtered, filteredText) = await RunAsync("jobs", "list", "--customer", "facebook/7028345619274851");

        Assert.Equal((0, 0), (code, filtered));
        Assert.DoesNotContain("7028345619274851", text, StringComparison.Ordinal);
        Assert.DoesNotContain("33612345678", text, StringComparison.Ordinal);
        Assert.Contains("facebook/…4851", text, StringComparison.Ordinal);
        Assert.Contains("whatsapp/…5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7028345619274851", filteredText, StringComparison.Ordinal);
        Assert.Contains("facebook/…4851", filteredText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_APendingJob_CancelsIt_AndASecondTimeSaysSo()
    {
        var job = await _jobs.ScheduleAsync(Job("webchat/ana"));

        var (code, text) = await RunAsync("jobs", "cancel", job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (again, againText) = await RunAsync("jobs", "cancel", job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((0, 1), (code, again));
        Assert.Contains("cancelled", text, StringComparison.Ordinal);
        Assert.Contains("no pending job has this id", againText, StringComparison.Ordinal);
        Assert.Equal(ProactiveJobStatus.Cancelled, Assert.Single(await _jobs.ListForCustomerAsync("webchat/ana")).Status);
    }

    [Theory]
    [InlineData("jobs")]
    [InlineData("jobs", "list", "--status", "Sleeping")]
    [InlineData("jobs", "list", "--customer")]
    [InlineData("jobs", "cancel", "twelve")]
    public async Task Arguments_NotUnderstood_PrintTheUsageAndExit2(params string[] args)
    {
        var (code, text) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage: jobs list", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyticsReport_CountsSentAndDroppedByKindAndReason()
    {
        var database = new BusinessDatabase(new SqliteStorageOptions { DataDirectory = _folder, FileName = "majordome.db" });
        var claims = new ProactiveJobClaims(database, TimeProvider.System, "report-test");
        await _jobs.ScheduleAsync(Job("facebook/1") with { To = Job("facebook/1").To with { ChannelId = "facebook" } });
        await _jobs.ScheduleAsync(Job("facebook/2") with { To = Job("facebook/2").To with { ChannelId = "facebook" } });
        var claimed = await claims.ClaimDueAsync(10, TimeSpan.FromMinutes(1));
        await claims.FinishAsync(claimed[0].Id, ProactiveJobStatus.Sent, ProactiveOutcomes.SentWithToken, attempted: true);
        await claims.FinishAsync(claimed[1].Id, ProactiveJobStatus.Dropped, ProactiveOutcomes.OutsideWindow, attempted: false);

        var report = await new SqlAnalyticsStore(database).ReadAsync(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        var text = AnalyticsCommand.FormatText(report, 1);

        Assert.Equal(
            [new ProactiveTotal("reorder", "Dropped", ProactiveOutcomes.OutsideWindow, 1), new ProactiveTotal("reorder", "Sent", ProactiveOutcomes.SentWithToken, 1)],
            report.Proactive);
        Assert.Contains("outside-window", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private ProactiveJobRequest Job(string customer) =>
        new(ProactiveKinds.Reorder, new ProactiveAddress(customer, "webchat", customer, "c-" + customer, null, "fr-FR", null), DateTimeOffset.UtcNow.AddMinutes(-1), "{}", null);

    private async Task<(int Code, string Text)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = _folder,
        }).Build();
        var code = await JobsCommand.RunAsync(args, configuration, output);
        return (code, output.ToString());
    }
}
