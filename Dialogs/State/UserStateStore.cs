using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>
/// The customer's state across conversations (Bot Framework's <c>UserState</c>, same storage key:
/// <c>{channelId}/users/{userId}</c>): profile, language, cart.
/// </summary>
public sealed class UserStateStore(IStorage storage) : StateStore(storage, "Majordome.UserState")
{
    /// <inheritdoc />
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity?.ChannelId ?? throw new InvalidOperationException("The activity has no channel id, which user state is keyed by.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender id, which user state is keyed by.");
        return $"{channelId}/users/{userId}";
    }
}
