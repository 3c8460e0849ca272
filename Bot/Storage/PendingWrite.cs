namespace Majordome.Bot.Storage;

/// <summary>
/// One item of a WriteAsync batch, serialized and given its new ETag before any storage is touched, so a value
/// that cannot be stored fails the whole batch before anything is written.
/// </summary>
/// <param name="Key">The storage key.</param>
/// <param name="Value">The caller's object, stamped with <paramref name="NewETag"/> once the batch is saved.</param>
/// <param name="ExpectedETag">The ETag the stored item must have; null overwrites.</param>
/// <param name="NewETag">The ETag assigned by this write.</param>
/// <param name="Document">The JSON document to store; its "eTag" property is <paramref name="NewETag"/>.</param>
internal sealed record PendingWrite(string Key, object Value, string? ExpectedETag, string NewETag, string Document)
{
    /// <summary>Validates and serializes a batch.</summary>
    /// <exception cref="ArgumentNullException">The batch is null.</exception>
    /// <exception cref="ArgumentException">A key is empty, or a value is null or not a JSON object.</exception>
    internal static IReadOnlyList<PendingWrite> PrepareAll(IDictionary<string, object> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Select(change => Prepare(change.Key, change.Value)).ToList();
    }

    /// <summary>Throws <see cref="StorageConcurrencyException"/> unless this write may replace an item with <paramref name="currentETag"/>.</summary>
    internal void ThrowIfConflict(string? currentETag) => ETagRules.ThrowIfConflict(Key, ExpectedETag, currentETag);

    /// <summary>Gives the caller's object its new ETag; call once the whole batch is saved.</summary>
    internal void StampCaller() => ETagRules.Stamp(Value, NewETag);

    private static PendingWrite Prepare(string key, object? value)
    {
        StorageKeys.ThrowIfInvalid(key, "changes");
        if (value is null)
        {
            throw new ArgumentException($"The value for key '{key}' is null; use DeleteAsync to remove an item.", "changes");
        }

        var newETag = ETagRules.NewETag();
        return new PendingWrite(key, value, ETagRules.Expected(value), newETag, StorageJson.Serialize(key, value, newETag));
    }
}
