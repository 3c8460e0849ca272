using Microsoft.Bot.Builder;
using Majordome.Dialogs.State;

namespace Majordome.Dialogs.Profile;

/// <summary>Reads and writes the customer's <see cref="UserProfile"/> in user state; one instance per bot.</summary>
public sealed class UserProfileAccessor
{
    private readonly IStatePropertyAccessor<UserProfile> _accessor;

    /// <summary>Creates the accessor on the bot's user state.</summary>
    public UserProfileAccessor(UserStateStore userState)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _accessor = userState.CreateProperty<UserProfile>(nameof(UserProfile));
    }

    /// <summary>The customer's profile, created empty on first contact.</summary>
    public Task<UserProfile> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        _accessor.GetAsync(turnContext, () => new UserProfile(), cancellationToken);

    /// <summary>Marks the profile as changed so it is saved at the end of the turn.</summary>
    public Task SetAsync(ITurnContext turnContext, UserProfile profile, CancellationToken cancellationToken = default) =>
        _accessor.SetAsync(turnContext, profile, cancellationToken);
}
