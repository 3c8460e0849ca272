using Majordome.Bot.Turns.Holds;

namespace Majordome.Bot.Messenger.State;

/// <summary>
/// Who answers a Messenger or Instagram thread, kept as the conversation's one hold flag (<see cref="ConversationHolds"/>,
/// kind <see cref="HoldKinds.Inbox"/>): a person replying from the Page Inbox, or thread control passing to another
/// app, holds the conversation; control coming back releases it. Such a hold lapses
/// <see cref="ConversationHold.InboxLifetime"/> after its last renewal, and never replaces or ends a team member's hold.
/// </summary>
public sealed class HoldConversationControl : IMessengerConversationControl
{
    private readonly ConversationHolds _holds;
    private readonly TimeProvider _time;

    /// <summary>Creates the control on the conversations' hold flag.</summary>
    public HoldConversationControl(ConversationHolds holds, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(time);
        _holds = holds;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<bool> IsPausedAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return await _holds.FindAsync(thread.ChannelId, thread.ConversationId, cancellationToken).ConfigureAwait(false) is { } hold
            && hold.IsActiveAt(_time.GetUtcNow());
    }

    /// <inheritdoc />
    public Task PauseAsync(MessengerThread thread, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return _holds.HoldAsync(thread.ChannelId, thread.ConversationId, HoldKinds.Inbox, reason, cancellationToken);
    }

    /// <inheritdoc />
    public Task ResumeAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return _holds.ReleaseAsync(thread.ChannelId, thread.ConversationId, HoldKinds.Inbox, cancellationToken);
    }
}
