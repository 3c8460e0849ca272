using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.State;

/// <summary>A property of a <see cref="StateStore"/>; loads the scope's state on first use in a turn.</summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class StatePropertyAccessor<T>(StateStore store, string name) : IStatePropertyAccessor<T>
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var state = await store.EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (state.TryGet<T>(Name, out var value))
        {
            return value!;
        }

        if (defaultValueFactory is null)
        {
            // As Bot Framework: a missing value type is an error, a missing reference is null.
            return typeof(T).IsValueType && Nullable.GetUnderlyingType(typeof(T)) is null
                ? throw new KeyNotFoundException($"The state property '{Name}' is not set and no default was given.")
                : default!;
        }

        var created = defaultValueFactory();
        state.Set(Name, created);
        return created;
    }

    /// <inheritdoc />
    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var state = await store.EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        state.Set(Name, value);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var state = await store.EnsureLoadedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        state.Remove(Name);
    }
}
