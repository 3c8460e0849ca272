using System.Diagnostics;
using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Inbox;

/// <summary>The replies of an inbox event's turn are recorded as they go out, so running the event again does not repeat them.</summary>
public sealed class EventRepliesTests : IAsyncLifetime
{
    private MessengerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await MessengerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task RunTurn_SameEventAgainAfterBeingCutShort_SendsOnlyWhatWasNotSent()
    {
        var journal = new ReplyJournal(_rig.Database, _rig.Time);
        var runs = 0;
        using var stop = new CancellationTokenSource();
        var adapter = _rig.Adapter(new DelegateBot(async (turn, ct) =>
        {
            runs++;
            await turn.SendActivityAsync("Un", cancellationToken: ct);
            await turn.SendActivityAsync("Deux", cancellationToken: ct);
            if (runs == 1)
            {
                // The process is stopped here: two replies are out, the third is not.
                await stop.CancelAsync();
                ct.ThrowIfCancellationRequested();
            }

            await turn.SendActivityAsync("Trois", cancellationToken: ct);

            // Texts not merged: this test is about the journal of a turn's messages, one by one, which needs a message
            // per text (merged, "Un" and "Deux" would still be held, unsent, when the run is cut short).
        }), journal, mergeTexts: false);
        var source = new InboxTurn(42, "facebook/1100000000000001/mid:m_42");
        var message = MessengerRig.Incoming(MessengerRig.Thread, "bonjour");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.RunTurnAsync(message, source, stop.Token));
        await adapter.RunTurnAsync(message, source, CancellationToken.None);

        Assert.Equal(["Un", "Deux", "Trois"], _rig.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]));

        // Another event of the same conversation is a turn of its own: all its replies go out.
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "encore"), new InboxTurn(43, "facebook/1100000000000001/mid:m_43"), CancellationToken.None);
        Assert.Equal(6, _rig.Graph.SentMessages.Count);
    }
    [Fact]
    public async Task RunTurn_ReplyOnTheWireWhenTheRunDied_ItsEchoCame_NotSentAgain()
    {
        var (adapter, source, message) = TwoReplies(TimeSpan.FromSeconds(30));
        await adapter.RunTurnAsync(message, source, CancellationToken.None);
        var sent = _rig.Graph.SentMessages;
        var token = (string?)sent[1]["message"]!["metadata"];
        Assert.StartsWith(ReplyToken.Prefix, token, StringComparison.Ordinal);
        Assert.NotEqual(token, (string?)sent[0]["message"]!["metadata"]);

        // The process died after Graph accepted "Deux" and before recording it; Meta's echo of it arrives.
        await ForgetRecordAsync(source.InboxId, seq: 1);
        await new MessengerInbox(_rig.Database, _rig.Time).AddAsync([Echo(token!, "m_fake2", "Deux")]);
        var watch = Stopwatch.StartNew();
        await adapter.RunTurnAsync(message, source, CancellationToken.None);

        Assert.Equal(2, _rig.Graph.SentMessages.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "The run waited for an echo that had already come.");
    }

    [Fact]
    public async Task RunTurn_ReplyOnTheWireWhenTheRunDied_NoEchoWithinTheWait_SentAgain()
    {
        var wait = TimeSpan.FromMilliseconds(300);
        var (adapter, source, message) = TwoReplies(wait);
        await adapter.RunTurnAsync(message, source, CancellationToken.None);
        await ForgetRecordAsync(source.InboxId, seq: 1);

        // Nothing is lost: without its echo, the reply may never have reached Graph.
        var watch = Stopwatch.StartNew();
        await adapter.RunTurnAsync(message, source, CancellationToken.None);

        Assert.Equal(["Un", "Deux", "Deux"], _rig.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]));
        Assert.True(watch.Elapsed >= wait, $"Sent again after {watch.Elapsed.TotalMilliseconds:0} ms, before the echo wait of {wait.TotalMilliseconds:0} ms.");

        // The same intent, the same token: a late echo of either copy matches it.
        Assert.Equal((string?)_rig.Graph.SentMessages[1]["message"]!["metadata"], (string?)_rig.Graph.SentMessages[2]["message"]!["metadata"]);
    }

    [Fact]
    public async Task RunTurn_Instagram_NoMetadataSent()
    {
        // Instagram echoes carry no metadata: its replies keep today's behaviour, without tokens.
        var journal = new ReplyJournal(_rig.Database, _rig.Time, Options.Create(new MessengerInboxOptions { EchoWait = TimeSpan.FromSeconds(5) }));
        var adapter = _rig.Adapter(new DelegateBot((turn, ct) => turn.SendActivityAsync("Un", cancellationToken: ct)), journal);

        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.InstagramThread, "bonjour"), new InboxTurn(44, "instagram/x/mid:m_44"), CancellationToken.None);

        Assert.Null(Assert.Single(_rig.Graph.SentMessages)["message"]!["metadata"]);
    }

    private (global::Majordome.Bot.Messenger.MessengerAdapter Adapter, InboxTurn Source, Microsoft.Bot.Schema.Activity Message) TwoReplies(TimeSpan echoWait)
    {
        var journal = new ReplyJournal(_rig.Database, _rig.Time, Options.Create(new MessengerInboxOptions { EchoWait = echoWait }));
        var adapter = _rig.Adapter(new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync("Un", cancellationToken: ct);
            await turn.SendActivityAsync("Deux", cancellationToken: ct);

            // Texts not merged: these tests are about the second message of a run, recorded (or not) apart from the
            // first, which needs a message per text (merged, "Un" and "Deux" would be one message).
        }), journal, mergeTexts: false);
        return (adapter, new InboxTurn(42, "facebook/1100000000000001/mid:m_42"), MessengerRig.Incoming(MessengerRig.Thread, "bonjour"));
    }

    private async Task ForgetRecordAsync(long inboxId, int seq)
    {
        await using var connection = await _rig.Database.OpenForWriteAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM messenger_inbox_replies WHERE inbox_id = {inboxId} AND seq = {seq};";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static WebhookEvent Echo(string token, string mid, string text) => new(
        $"facebook/{FakeGraphServer.PageId}/mid:{mid}", "facebook", FakeGraphServer.PageId, MessengerRig.Thread.ConversationId, DateTimeOffset.UtcNow, false,
        new JObject
        {
            ["sender"] = new JObject { ["id"] = FakeGraphServer.PageId },
            ["recipient"] = new JObject { ["id"] = MessengerRig.Psid },
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["message"] = new JObject { ["is_echo"] = true, ["app_id"] = 948372615204838, ["metadata"] = token, ["mid"] = mid, ["text"] = text },
        });
}
