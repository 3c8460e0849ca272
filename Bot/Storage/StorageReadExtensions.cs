using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Storage;

/// <summary>Typed reads over any <see cref="IStorage"/>.</summary>
public static class StorageReadExtensions
{
    /// <summary>
    /// Reads the items that exist among <paramref name="keys"/> and converts each to <typeparamref name="T"/>
    /// (an <see cref="IStoreItem"/> gets its stored ETag). Use this rather than Bot Framework's
    /// <c>StorageExtensions.ReadAsync&lt;T&gt;</c>, which keeps only values that already are a <typeparamref name="T"/>
    /// and so silently drops every JObject a plain-JSON store returns.
    /// </summary>
    /// <typeparam name="T">The type the items were written as.</typeparam>
    /// <param name="storage">The storage to read.</param>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items found, by key.</returns>
    public static async Task<IDictionary<string, T>> ReadTypedAsync<T>(
        this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys, cancellationToken);
        return items.ToDictionary(item => item.Key, item => Convert<T>(item.Key, item.Value), StringComparer.Ordinal);
    }

    private static T Convert<T>(string key, object value)
        where T : class
    {
        if (value is T typed)
        {
            return typed;
        }

        var json = value as JToken ?? JToken.FromObject(value, StorageJson.Serializer);
        return json.ToObject<T>(StorageJson.Serializer)
            ?? throw new InvalidOperationException($"The item stored under '{key}' is JSON null, not a {typeof(T).Name}.");
    }
}
