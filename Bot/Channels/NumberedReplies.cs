using Majordome.Bot.Messenger.Mapping;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Channels;

/// <summary>
/// Makes a typed number answer the numbered list the customer last saw. Where a channel cannot show buttons or cards
/// the list is text ("1. Arpeggio … 10. Cascade", the FAQ's suggested questions on WhatsApp), and "2" meant the second
/// entry, not the second button of the question under it. Each turn that sends messages remembers, in the
/// conversation state, the last list it showed numbered (<see cref="INumberedChoiceSource"/>), or that it showed
/// none; the next turn's message that is only a number in that list becomes what tapping the entry would have sent.
/// </summary>
public sealed class NumberedReplies
{
    private const string CollectedKey = "Majordome.NumberedReplies.Collected";

    private readonly IStatePropertyAccessor<List<NumberedChoice>?> _last;
    private readonly IReadOnlyList<INumberedChoiceSource> _sources;

    /// <summary>Creates the numbered replies kept in <paramref name="conversationState"/>, read by <paramref name="sources"/>.</summary>
    public NumberedReplies(ConversationStateStore conversationState, IEnumerable<INumberedChoiceSource> sources)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(sources);
        _last = conversationState.CreateProperty<List<NumberedChoice>?>("numberedChoices");
        _sources = [.. sources];
    }

    /// <summary>
    /// At the start of a turn (its state loaded): a message that is only the number of an entry of the last list
    /// becomes that entry's text or submit; every message the turn sends is read for the list it numbers.
    /// </summary>
    public async Task BeginTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Value is null && NumberedAnswer.Read(activity.Text) is { } number
            && await _last.GetAsync(turnContext, () => null, cancellationToken).ConfigureAwait(false) is { } last
            && number >= 1 && number <= last.Count)
        {
            var payload = last[number - 1].Payload;
            activity.Value = PayloadValue.AsObject(payload);
            activity.Text = activity.Value is null ? payload : null;
        }

        var collected = new Collected();
        TurnItems.Set(turnContext, CollectedKey, collected);
        var channel = turnContext.Channel();
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            foreach (var message in activities.Where(a => a.Type == ActivityTypes.Message))
            {
                collected.Sent = true;
                var numbered = _sources.Select(s => s.Numbered(message, channel)).FirstOrDefault(l => l.Count > 0);
                collected.List = numbered is null ? collected.List : [.. numbered];
            }

            return await next().ConfigureAwait(false);
        });
    }

    /// <summary>Before the turn's state is saved: the list this turn showed last, or none, replaces the remembered one.</summary>
    public async Task EndTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TurnItems.Get<Collected>(turnContext, CollectedKey) is not { Sent: true } collected)
        {
            // A turn that said nothing (a reaction, a duplicate) leaves the customer looking at the same list.
            return;
        }

        if (collected.List is { } list)
        {
            await _last.SetAsync(turnContext, list, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _last.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Collected
    {
        public bool Sent { get; set; }

        public List<NumberedChoice>? List { get; set; }
    }
}
