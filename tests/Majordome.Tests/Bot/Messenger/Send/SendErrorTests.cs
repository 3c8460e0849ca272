using System.Diagnostics;
using Majordome.Bot.Channels;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.Storage;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Send;

/// <summary>
/// Send errors as Graph really gives them (issue 15, defect 4): a bare 429 from a proxy or Meta's edge, another app
/// holding the thread, a token that expired mid-conversation. None of them may cost the customer their conversation.
/// </summary>
public sealed class SendErrorTests : IAsyncLifetime
{
    private MessengerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await MessengerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Send_Bare429WithoutGraphBody_IsRetried_ThenSucceeds()
    {
        _rig.Graph.EnqueueResponse(429, string.Empty);
        _rig.Graph.EnqueueResponse(429, "<html>Too Many Requests</html>");

        var ids = await _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "Bonjour" }], SendPolicy.Response);

        Assert.Equal(3, _rig.Graph.CallsTo("/me/messages").Count);
        Assert.StartsWith("m_fake", Assert.Single(ids), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsAsLongAsAsked()
    {
        await using var rig = await MessengerRig.StartAsync(new MessengerSendOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromSeconds(5), MaxSendsPerSecond = 250 });
        rig.Graph.EnqueueResponse(429, string.Empty, new Dictionary<string, string> { ["Retry-After"] = "1" });
        var watch = Stopwatch.StartNew();

        await rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "Bonjour" }], SendPolicy.Response);

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(4));
        Assert.Equal(2, rig.Graph.CallsTo("/me/messages").Count);
    }

    [Fact]
    public async Task RunTurn_AnotherAppControlsTheThread_PausesTheBotThere_AndSendsNothingMore()
    {
        _rig.Graph.FailNextCallTo("/me/messages", "err_2018300_other_app_controls_thread");
        var adapter = _rig.Adapter(new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync("Bonjour !", cancellationToken: ct);
            await turn.SendActivityAsync("Que puis-je faire pour vous ?", cancellationToken: ct);

            // Texts not merged: this test is about a turn's later messages once Graph refused one, which needs two
            // messages (merged, the two texts would be a single one).
        }), TimeSpan.FromSeconds(5), mergeTexts: false);

        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "bonjour"), CancellationToken.None);

        Assert.True(await _rig.Control.IsPausedAsync(MessengerRig.Thread, CancellationToken.None));

        // The first reply was refused with 2018300 (a quick reply makes no mark_seen call before it); nothing was
        // sent after it, not even an apology.
        var refused = Assert.Single(_rig.Graph.CallsTo("/me/messages"));
        Assert.Equal("Bonjour !", (string?)refused.Message?["text"]);
    }

    [Fact]
    public async Task RunTurn_ReplyRefusedForGood_KeepsTheConversationState()
    {
        var storage = new MemoryStorage();
        var state = new ConversationStateStore(storage);
        var step = state.CreateProperty<int>("step");
        var adapter = new MessengerAdapter(
            new DelegateBot(async (turn, ct) =>
            {
                await state.LoadAsync(turn, force: true, ct);
                var current = await step.GetAsync(turn, () => 0, ct);
                await step.SetAsync(turn, current + 1, ct);
                await turn.SendActivityAsync($"Étape {current + 1}", cancellationToken: ct);

                // As MajordomeBot does: the text held back to be merged (Messenger:MergeTexts) goes out before the state
                // is saved, so a reply refused for good leaves the state where it was.
                await ChannelReplySender.FlushAsync(turn, ct);
                await state.SaveChangesAsync(turn, cancellationToken: ct);
            }),
            _rig.Renderer, _rig.Sender, _rig.Control, _rig.Window, _rig.Unreachable, state, _rig.Time, NullLogger<MessengerAdapter>.Instance);
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "un"), CancellationToken.None);

        // The Page token expired: the reply of the second turn is refused for good.
        _rig.Options.Pages[0].AccessToken = "expired";
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "deux"), CancellationToken.None);

        // The token is renewed: the customer writes again and the conversation goes on where it was.
        _rig.Options.Pages[0].AccessToken = FakeGraph.FakeGraphServer.PageToken;
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "deux"), CancellationToken.None);

        // What Graph accepted (the refused calls of the second turn, its reply and the apology, carry the old token).
        var accepted = _rig.Graph.CallsTo("/me/messages")
            .Where(c => c.Message is not null && c.Headers["Authorization"] == "Bearer " + FakeGraph.FakeGraphServer.PageToken)
            .Select(c => (string?)c.Message!["text"]);
        Assert.Equal(["Étape 1", "Étape 2"], accepted);
    }
}
