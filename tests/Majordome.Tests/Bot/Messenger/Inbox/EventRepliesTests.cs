using Majordome.Bot.Messenger.Inbox;

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
        }), journal);
        var source = new InboxTurn(42, "facebook/1100000000000001/mid:m_42");
        var message = MessengerRig.Incoming(MessengerRig.Thread, "bonjour");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.RunTurnAsync(message, source, stop.Token));
        await adapter.RunTurnAsync(message, source, CancellationToken.None);

        Assert.Equal(["Un", "Deux", "Trois"], _rig.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]));

        // Another event of the same conversation is a turn of its own: all its replies go out.
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "encore"), new InboxTurn(43, "facebook/1100000000000001/mid:m_43"), CancellationToken.None);
        Assert.Equal(6, _rig.Graph.SentMessages.Count);
    }
}
