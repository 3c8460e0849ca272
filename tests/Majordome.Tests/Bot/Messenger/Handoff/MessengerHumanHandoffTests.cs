using Majordome.Bot.Messenger;
using Majordome.Dialogs.Engine;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Bot.Messenger.Handoff;

/// <summary>Asking for a person in Messenger: recorded, said, passed to the Page (or Instagram) Inbox, then silence.</summary>
public sealed class MessengerHumanHandoffTests : IAsyncLifetime
{
    private readonly RecordingHandoff _recorded = new();
    private MessengerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await MessengerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Request_Messenger_PassesToThePageInbox_PausesAndSilencesTheRestOfTheTurn()
    {
        var handoff = _rig.Handoff(_recorded);
        var adapter = _rig.Adapter(new DelegateBot(async (turn, ct) =>
        {
            // What DialogManager does on the human command.
            await handoff.RequestAsync(turn, "Où est mon colis ?", ct);
            await turn.SendActivityAsync("J'ai bien noté… En attendant, je reste là :", cancellationToken: ct);
        }));
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "un humain"), CancellationToken.None);

        Assert.Single(_recorded.Requests);
        var pass = Assert.Single(_rig.Graph.CallsTo("/pass_thread_control"));
        Assert.Equal($"/v25.0/{FakeGraphServer.PageId}/pass_thread_control", pass.Path);
        var expected = FakeGraphServer.Fixture("req_pass_thread_control_to_page_inbox");
        Assert.Equal((string?)expected["recipient"]!["id"], (string?)pass.Json!["recipient"]!["id"]);
        Assert.Equal((long)expected["target_app_id"]!, (long)pass.Json["target_app_id"]!);
        Assert.Contains("customer_requested_human", (string?)pass.Json["metadata"], StringComparison.Ordinal);
        Assert.Equal("handover", _rig.Control.Paused[MessengerRig.Thread.ConversationId]);
        Assert.Equal(
            ["Je vous mets en relation avec une personne de l'équipe : elle vous répondra ici, dans cette conversation, dès que possible."],
            _rig.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]));
    }

    [Fact]
    public async Task Request_Instagram_PassesToTheInstagramInbox()
    {
        var handoff = _rig.Handoff(_recorded);
        var adapter = _rig.Adapter(new DelegateBot((turn, ct) => handoff.RequestAsync(turn, null, ct)));
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.InstagramThread, "talk to someone", "en-US"), CancellationToken.None);
        var pass = Assert.Single(_rig.Graph.CallsTo("/pass_thread_control"));
        Assert.Equal($"/v25.0/{FakeGraphServer.PageId}/pass_thread_control", pass.Path);
        Assert.Equal(1217981644879628L, (long)pass.Json!["target_app_id"]!);
        Assert.Equal(MessengerRig.Igsid, (string?)pass.Json["recipient"]!["id"]);
        Assert.True(_rig.Control.Paused.ContainsKey(MessengerRig.InstagramThread.ConversationId));
    }

    [Fact]
    public async Task Request_PassFails_TheBotStays_AndSaysSoTruthfully()
    {
        // A pass Graph refuses for a reason of its own (another app holding the thread is a pause instead: SendErrorTests).
        _rig.Graph.FailNextCallTo("/pass_thread_control", "err_100_invalid_parameter");
        var handoff = _rig.Handoff(_recorded);
        var adapter = _rig.Adapter(new DelegateBot(async (turn, ct) =>
        {
            await handoff.RequestAsync(turn, null, ct);
            await turn.SendActivityAsync("I've noted that you'd like to talk to someone from the team. Meanwhile, I'm still here:", cancellationToken: ct);
        }));
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "human", "en-US"), CancellationToken.None);
        Assert.Empty(_rig.Control.Paused);
        Assert.Single(_recorded.Requests);
        var texts = _rig.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]).ToList();
        Assert.Equal("Sorry, I couldn't reach the team's inbox just now.", texts[1]);
        Assert.StartsWith("I've noted", texts[2], StringComparison.Ordinal);
        Assert.Contains(_rig.Logs.Lines, l => l.Contains("Could not pass Messenger conversation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_OtherChannel_OnlyRecords()
    {
        var handoff = _rig.Handoff(_recorded);
        var activity = MessengerRig.Incoming(MessengerRig.Thread, "humain");
        activity.ChannelId = "directline";
        using var turn = new TurnContext(new Majordome.Bot.Adapters.InMemoryTurnAdapter(), activity);
        await handoff.RequestAsync(turn, null, CancellationToken.None);
        Assert.Single(_recorded.Requests);
        Assert.Empty(_rig.Graph.Calls);
    }

    private sealed class RecordingHandoff : IHumanHandoff
    {
        public List<string?> Requests { get; } = [];

        public Task RequestAsync(ITurnContext turnContext, string? reason, CancellationToken cancellationToken = default)
        {
            Requests.Add(reason);
            return Task.CompletedTask;
        }
    }
}
