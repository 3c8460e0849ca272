using Microsoft.Bot.Builder;

namespace Majordome.Bench.EchoBot;

/// <summary>Echoes each message with a turn count kept in conversation state.</summary>
public sealed class EchoBot : ActivityHandler
{
    private readonly ConversationState _state;
    private readonly IStatePropertyAccessor<int> _turns;

    /// <summary>Creates the bot.</summary>
    public EchoBot(ConversationState state)
    {
        _state = state;
        _turns = state.CreateProperty<int>("turns");
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _turns.SetAsync(turnContext, turns, cancellationToken);
        await turnContext.SendActivityAsync($"Echo {turns}: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
    }
}
