using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Turns;

/// <summary>
/// The conversation's recently completed turns, kept in its state document: recorded in the same save as the turn's
/// dialog state, so a turn is either saved with its replies or not saved at all, whichever instance runs it and
/// whenever it dies. A retry of an activity found here is answered from the record instead of being run again.
/// Turns older than <see cref="TurnReplayOptions.ReplayWindow"/>, and beyond the most recent
/// <see cref="TurnReplayOptions.ReplayMaxTurns"/>, are dropped at each save.
/// </summary>
public sealed class CompletedTurns
{
    // Written by the bot before this record existed (stored Messenger and WhatsApp events): still honoured, so
    // an event re-run across the upgrade is not answered twice.
    private readonly IStatePropertyAccessor<string?> _legacyLastEvent;
    private readonly IStatePropertyAccessor<List<CompletedTurn>?> _turns;
    private readonly TurnReplayOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the record on <paramref name="conversationState"/>.</summary>
    public CompletedTurns(ConversationStateStore conversationState, IOptions<TurnReplayOptions>? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _legacyLastEvent = conversationState.CreateProperty<string?>("lastInboundEvent");
        _turns = conversationState.CreateProperty<List<CompletedTurn>?>("completedTurns");
        _options = options?.Value ?? new TurnReplayOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The settings in force.</summary>
    public TurnReplayOptions Options => _options;

    /// <summary>The completed turn that answered <paramref name="id"/>, or null when none is remembered.</summary>
    public async Task<CompletedTurn?> FindAsync(ITurnContext turnContext, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(id);
        var turns = await _turns.GetAsync(turnContext, () => null, cancellationToken).ConfigureAwait(false);
        if (turns?.FindLast(t => t.Id == id) is { } found)
        {
            return found;
        }

        return await _legacyLastEvent.GetAsync(turnContext, () => null, cancellationToken).ConfigureAwait(false) == id
            ? new CompletedTurn { Id = id }
            : null;
    }

    /// <summary>
    /// Records that the turn answering <paramref name="id"/> sent <paramref name="replies"/> (each as its JSON without
    /// the envelope, as <see cref="ReplyRecorder"/> keeps them); saved with the turn's state.
    /// </summary>
    public async Task RecordAsync(ITurnContext turnContext, string id, IReadOnlyList<string> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(replies);
        var now = _time.GetUtcNow();
        var kept = (await _turns.GetAsync(turnContext, () => null, cancellationToken).ConfigureAwait(false) ?? [])
            .Where(t => now - t.CompletedUtc < _options.ReplayWindow && t.Id != id)
            .ToList();
        kept.Add(new CompletedTurn { Id = id, CompletedUtc = now, Sent = replies.Count == 0 ? null : "[" + string.Join(",", replies) + "]" });
        if (kept.Count > _options.ReplayMaxTurns)
        {
            kept.RemoveRange(0, kept.Count - _options.ReplayMaxTurns);
        }

        await _turns.SetAsync(turnContext, kept, cancellationToken).ConfigureAwait(false);
        await _legacyLastEvent.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
