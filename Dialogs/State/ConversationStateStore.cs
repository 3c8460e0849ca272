using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>
/// The conversation's state (Bot Framework's <c>ConversationState</c>, same storage key:
/// <c>{channelId}/conversations/{conversationId}</c>): the dialog stack and what a conversation is in the middle of.
/// </summary>
public sealed class ConversationStateStore(IStorage storage) : StateStore(storage, "Majordome.ConversationState")
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity?.ChannelId ?? throw new InvalidOperationException("The activity has no channel id, which conversation state is keyed by.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id, which conversation state is keyed by.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
