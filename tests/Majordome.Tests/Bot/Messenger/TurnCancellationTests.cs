using Majordome.Bot.Messenger;
using Majordome.Bot.Storage;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>
/// A turn cut short because the bot is stopping (issue 15, defect 3) is no failure of the conversation: the customer
/// is not told "something went wrong", their dialog state is kept, and the cancellation reaches the inbox, which
/// hands the event back instead of marking it done.
/// </summary>
public sealed class TurnCancellationTests : IAsyncLifetime
{
    private MessengerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await MessengerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task RunTurn_CancelledByShutdown_NoApology_StateKept_AndTheCancellationPropagates()
    {
        var storage = new MemoryStorage();
        var state = new ConversationStateStore(storage);
        var step = state.CreateProperty<string>("step");
        var inTurn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var adapter = new MessengerAdapter(
            new DelegateBot(async (turn, ct) =>
            {
                await state.LoadAsync(turn, force: true, ct);
                if (turn.Activity.Text == "lent")
                {
                    inTurn.SetResult();
                    await Task.Delay(Timeout.Infinite, ct);
                }

                await step.SetAsync(turn, turn.Activity.Text, ct);
                await turn.SendActivityAsync("Noté : " + turn.Activity.Text, cancellationToken: ct);
                await state.SaveChangesAsync(turn, cancellationToken: ct);
            }),
            _rig.Renderer, _rig.Sender, _rig.Control, _rig.Window, _rig.Unreachable, state, _rig.Time, NullLogger<MessengerAdapter>.Instance);
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "premier"), CancellationToken.None);

        using var stopping = new CancellationTokenSource();
        var turn = adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "lent"), stopping.Token);
        await inTurn.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => turn);
        Assert.Equal(["Noté : premier"], _rig.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]));
        using var context = new TurnContext(adapter, MessengerRig.Incoming(MessengerRig.Thread, "x"));
        await state.LoadAsync(context, force: true);
        Assert.Equal("premier", await step.GetAsync(context));
    }
}
