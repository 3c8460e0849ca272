using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>
/// The customer's state across conversations (Bot Framework's <c>UserState</c>, same storage key:
/// <c>{channelId}/users/{userId}</c>): profile, language, cart.
/// </summary>
public sealed class UserStateStore(IStorage storage) : StateStore(storage, "Majordome.UserState")
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext) =>
        StorageKey(turnContext, "users", turnContext?.Activity?.From?.Id, "sender id");
}
