using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;
using Npgsql;
using static Majordome.Tests.Bot.Messenger.WebhookBodies;

namespace Majordome.Tests.Bot.Messenger.Burst;

/// <summary>
/// What a campaign burst costs the inbox's dispatcher (issue 16): while every slot is busy, the webhooks that keep
/// coming do not make it read the whole backlog of pending conversations again, one query per webhook.
/// </summary>
public sealed class InboxDispatchTests
{
    [Fact]
    public async Task Webhooks_WhileEverySlotIsBusy_DoNotReadThePendingConversations()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase("dispatch");
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath!;
        var busy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new RecordingBotRunner(async (_, ct) =>
        {
            busy.TrySetResult();
            await release.Task.WaitAsync(ct);
        });
        using var host = new MessengerHost(runner, settings: new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Messenger:Inbox:MaxConcurrentConversations"] = "1",
        });
        await host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new JArray(TextEvent("m_first", "first", 1781190000000, sender: "customer-0")))));
        await busy.Task.WaitAsync(TimeSpan.FromSeconds(20));

        using var log = new NpgsqlCommandLog(schema);

        // Ten more customers write while the one slot is taken: each webhook is stored and acknowledged.
        for (var i = 1; i <= 10; i++)
        {
            var response = await host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new JArray(TextEvent($"m_{i}", $"message {i}", 1781190000000 + i, sender: $"customer-{i}")))));
            Assert.True(response.IsSuccessStatusCode, $"webhook {i}: {response.StatusCode}");
        }

        // Time for the dispatches these webhooks asked for to reach the server (none should); the result does not
        // depend on the machine's speed: a fixed dispatcher reads nothing however long this is.
        await Task.Delay(500);
        var scansWhileBusy = log.Containing("GROUP BY conversation_id").Count;
        release.SetResult();
        await host.WaitForTurnsAsync(11);

        Assert.True(scansWhileBusy == 0, $"{scansWhileBusy} reads of the pending conversations while no slot was free");
        Assert.Equal(11, host.Runner.Activities.Select(a => a.Conversation.Id).Distinct().Count());
    }
}
