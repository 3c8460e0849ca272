using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// Two bot instances (each its own services and connection pool) sweeping the same jobs at once: every job goes to
/// the fake Graph server exactly once. On PostgreSQL the claims skip each other's locked rows; on SQLite they queue on
/// the file's write lock.
/// </summary>
public sealed class ProactiveInstancesTests
{
    private const int Jobs = 200;

    [Fact]
    public async Task TwoInstances_OnPostgres_SendEachJobOnce()
    {
        using var postgres = new PostgresTestDatabase("proactive");
        await using var rig = await AnticipationRig.StartAsync(new BusinessDatabase(postgres.NewDataSource()));
        await SendAllAsync(rig, new BusinessDatabase(postgres.NewDataSource()), new BusinessDatabase(postgres.NewDataSource()));
    }

    [Fact]
    public async Task TwoInstances_OnSqlite_SendEachJobOnce()
    {
        await using var rig = await AnticipationRig.StartAsync();
        await SendAllAsync(rig, rig.Database, rig.Database);
    }

    private static async Task SendAllAsync(AnticipationRig rig, BusinessDatabase first, BusinessDatabase second)
    {
        rig.Composers.Add(new TestComposer(ProactiveKinds.OrderUpdate, ProactiveCategory.Utility));
        rig.Configure = o => o.BatchSize = 7;
        var instances = new[] { rig.Instance(first), rig.Instance(second) };
        var now = rig.Clock.GetUtcNow();
        await rig.CustomerWroteAsync(now);
        var scheduler = instances[0].GetRequiredService<IProactiveScheduler>();
        for (var i = 0; i < Jobs; i++)
        {
            await scheduler.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.OrderUpdate, now.AddSeconds(-i), "update:" + i));
        }

        var claimed = await Task.WhenAll(instances.Select(i => SweepUntilIdleAsync(i.GetRequiredService<ProactiveSweep>())));

        var texts = rig.Graph.SentMessages.Select(m => (string?)m["message"]?["text"]).ToList();
        Assert.Equal(Jobs, texts.Count);
        Assert.Equal(Jobs, texts.Distinct().Count());
        Assert.Equal(Jobs, claimed.Sum());
        var jobs = await instances[1].GetRequiredService<SqlProactiveJobs>().ListAsync(null, null, 1000);
        Assert.All(jobs, j => Assert.Equal((ProactiveJobStatus.Sent, 1), (j.Status, j.Attempts)));
    }

    private static async Task<int> SweepUntilIdleAsync(ProactiveSweep sweep)
    {
        var total = 0;
        for (var idle = 0; idle < 2;)
        {
            var done = (await Task.Run(() => sweep.RunOnceAsync())).Count;
            total += done;
            idle = done == 0 ? idle + 1 : 0;
        }

        return total;
    }
}
