using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>
/// The conversation's state (Bot Framework's <c>ConversationState</c>, same storage key:
/// <c>{channelId}/conversations/{conversationId}</c>): the dialog stack and what a conversation is in the middle of.
/// </summary>
public sealed class ConversationStateStore(IStorage storage) : StateStore(storage, "Majordome.ConversationState")
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext) =>
        StorageKey(turnContext, "conversations", turnContext?.Activity?.Conversation?.Id, "conversation id");
}
