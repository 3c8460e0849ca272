using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// Values that live for one turn, like Bot Framework's <c>TurnState</c>, found by the turn context's identity and
/// then by ordinal key. <c>TurnState</c> compares keys with the invariant culture ignoring case, which hashes every
/// key through ICU: with the language read by every localized string, that was a tenth of a turn.
/// </summary>
public static class TurnItems
{
    // Entries go when their turn context is collected; nothing has to remove them.
    private static readonly ConditionalWeakTable<ITurnContext, Dictionary<string, object>> Items = [];

    /// <summary>The value stored under <paramref name="key"/> for this turn, or null.</summary>
    public static T? Get<T>(ITurnContext turnContext, string key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!Items.TryGetValue(turnContext, out var items))
        {
            return null;
        }

        lock (items)
        {
            return items.GetValueOrDefault(key) as T;
        }
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> for this turn (null removes it).</summary>
    public static void Set(ITurnContext turnContext, string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(key);
        var items = Items.GetValue(turnContext, static _ => new Dictionary<string, object>(StringComparer.Ordinal));

        // A turn is one flow of awaits, but a step may start work in parallel: the lock keeps the table sound.
        lock (items)
        {
            if (value is null)
            {
                items.Remove(key);
            }
            else
            {
                items[key] = value;
            }
        }
    }
}
