using Microsoft.Bot.Builder;
using Majordome.Dialogs.State;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// Reads and writes the customer's <see cref="Cart"/> in user state (property "Cart"), so a cart started yesterday
/// is still there today; one instance per bot.
/// </summary>
public sealed class CartAccessor
{
    /// <summary>The user-state property holding the cart.</summary>
    public const string PropertyName = nameof(Cart);

    private readonly IStatePropertyAccessor<Cart> _accessor;

    /// <summary>Creates the accessor on the bot's user state.</summary>
    public CartAccessor(UserStateStore userState)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _accessor = userState.CreateProperty<Cart>(PropertyName);
    }

    /// <summary>The customer's cart, created empty the first time.</summary>
    public Task<Cart> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        _accessor.GetAsync(turnContext, () => new Cart(), cancellationToken);

    /// <summary>Marks the cart as changed so it is saved with user state at the end of the turn.</summary>
    public Task SetAsync(ITurnContext turnContext, Cart cart, CancellationToken cancellationToken = default) =>
        _accessor.SetAsync(turnContext, cart, cancellationToken);
}
