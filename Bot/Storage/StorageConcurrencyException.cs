namespace Majordome.Bot.Storage;

/// <summary>
/// Thrown by <see cref="JsonMemoryStorage"/> and <see cref="SqliteStorage"/> when a write carries an ETag that no
/// longer matches the stored item: another turn or process saved the item since it was read. Nothing in the
/// write batch is saved. Read the item again, reapply the change and retry, or tell the customer to try again.
/// </summary>
/// <remarks>
/// One type for every Majordome storage, so the turn error handler catches a single exception. Bot Framework's
/// MemoryStorage throws an <see cref="ArgumentException"/> instead; a plain exception type says "concurrency",
/// not "bad argument".
/// </remarks>
public sealed class StorageConcurrencyException : Exception
{
    /// <summary>Creates the exception for a write to <paramref name="key"/> that expected another ETag.</summary>
    /// <param name="key">The storage key whose ETag did not match.</param>
    /// <param name="expectedETag">The ETag the write carried.</param>
    /// <param name="currentETag">The ETag of the stored item.</param>
    public StorageConcurrencyException(string key, string expectedETag, string currentETag)
        : base($"ETag conflict on key '{key}': the write expected ETag '{expectedETag}' but the stored item has " +
               $"ETag '{currentETag}'. Another turn or process saved it first; read it again, reapply the change and retry.")
    {
        Key = key;
        ExpectedETag = expectedETag;
        CurrentETag = currentETag;
    }

    /// <summary>The storage key whose ETag did not match.</summary>
    public string Key { get; }

    /// <summary>The ETag the rejected write carried.</summary>
    public string ExpectedETag { get; }

    /// <summary>The ETag of the item currently stored.</summary>
    public string CurrentETag { get; }
}
