namespace Majordome.Bot.Storage;

/// <summary>Guards for the key arrays given to ReadAsync and DeleteAsync.</summary>
internal static class StorageKeys
{
    /// <summary>
    /// Returns the distinct keys. An empty array is valid and means "nothing to do", as in Bot Framework's storages.
    /// </summary>
    /// <exception cref="ArgumentNullException">The array is null.</exception>
    /// <exception cref="ArgumentException">A key is null or empty.</exception>
    internal static IReadOnlyList<string> Distinct(string[] keys, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(keys, parameterName);
        foreach (var key in keys)
        {
            ThrowIfInvalid(key, parameterName);
        }

        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Rejects a null or empty key.</summary>
    /// <exception cref="ArgumentException">The key is null or empty.</exception>
    internal static void ThrowIfInvalid(string? key, string parameterName)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("Storage keys must be non-empty strings, e.g. \"webchat/conversations/abc\".", parameterName);
        }
    }
}
