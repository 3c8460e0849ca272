using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Storage;

/// <summary>
/// The optimistic-concurrency rules both storages share, mirroring Bot Framework's MemoryStorage and extended
/// to the dictionaries BotState writes after reading a plain-JSON store.
/// </summary>
internal static class ETagRules
{
    /// <summary>The ETag meaning "overwrite whatever is stored".</summary>
    internal const string Wildcard = "*";

    /// <summary>A new unique ETag for a successful write.</summary>
    internal static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// The ETag a write expects the stored item to have, or null when the write overwrites
    /// (no ETag, an empty one, or "*").
    /// </summary>
    internal static string? Expected(object value)
    {
        var eTag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => AsString(json.GetValue(StorageJson.ETagProperty, StringComparison.Ordinal)),
            IDictionary<string, object> bag => bag.TryGetValue(StorageJson.ETagProperty, out var entry) ? AsString(entry) : null,
            _ => null,
        };
        return string.IsNullOrEmpty(eTag) || eTag == Wildcard ? null : eTag;
    }

    /// <summary>Rejects a write whose expected ETag differs from the stored one.</summary>
    /// <param name="key">The key written.</param>
    /// <param name="expected">From <see cref="Expected"/>; null overwrites.</param>
    /// <param name="current">The stored item's ETag; null when the key does not exist.</param>
    /// <exception cref="StorageConcurrencyException">The ETags differ.</exception>
    internal static void ThrowIfConflict(string key, string? expected, string? current)
    {
        // A specific ETag on a missing key is accepted, as MemoryStorage does: the item was deleted
        // (conversation reset) and the turn that read it may recreate it.
        if (expected is null || current is null || expected == current)
        {
            return;
        }

        throw new StorageConcurrencyException(key, expected, current);
    }

    /// <summary>
    /// Puts the new ETag back on the caller's object, so a second save in the same turn (BotState keeps its
    /// dictionary) carries the current ETag instead of conflicting with its own first save.
    /// </summary>
    internal static void Stamp(object value, string eTag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = eTag;
                break;
            case JObject json:
                json[StorageJson.ETagProperty] = eTag;
                break;
            case IDictionary<string, object> { IsReadOnly: false } bag:
                bag[StorageJson.ETagProperty] = eTag;
                break;
        }
    }

    private static string? AsString(object? value) => value switch
    {
        string text => text,
        JValue { Type: JTokenType.String } token => (string?)token,
        _ => null,
    };
}
