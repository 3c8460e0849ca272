using Microsoft.Bot.Builder;
using Majordome.Dialogs.State;

namespace Majordome.Bot.Storage;

/// <summary>
/// An in-memory <see cref="IStorage"/> for tests that behaves exactly like <see cref="SqliteStorage"/>: each item
/// is kept as a plain JSON string, and every read returns a new <see cref="Newtonsoft.Json.Linq.JObject"/>, as a
/// persistent store does after a restart. So JSON round-trip bugs (objects coming back as JObject, numbers as
/// long) show up in tests, not in production. Thread safe; batches are all-or-nothing.
/// </summary>
public sealed class JsonMemoryStorage : IStorage, ISerializedStateStorage
{
    private readonly Dictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Reads the items that exist among <paramref name="keys"/>, each as a new JObject; missing keys are left out.</summary>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items found, by key.</returns>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var found = await ReadSerializedAsync(keys, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(p => p.Key, p => (object)StorageJson.Parse(p.Value), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ReadSerializedAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageKeys.Distinct(keys, nameof(keys));
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in wanted)
            {
                if (_documents.TryGetValue(key, out var document))
                {
                    found[key] = document.Json;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(found);
    }

    /// <summary>
    /// Saves every item of <paramref name="changes"/>, or none when one of them has a stale ETag. Each saved item
    /// gets a new ETag, stored in its "eTag" property and put back on the caller's object.
    /// </summary>
    /// <param name="changes">The items to save, by key.</param>
    /// <param name="cancellationToken">Cancels the write before anything is saved.</param>
    /// <exception cref="StorageConcurrencyException">An item's ETag differs from the stored one.</exception>
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var writes = PendingWrite.PrepareAll(changes);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // Check every item before changing any, so a batch is all-or-nothing as in SqliteStorage.
            foreach (var write in writes)
            {
                write.ThrowIfConflict(_documents.TryGetValue(write.Key, out var stored) ? stored.ETag : null);
            }

            foreach (var write in writes)
            {
                _documents[write.Key] = new StoredDocument(write.NewETag, write.Document);
            }
        }

        foreach (var write in writes)
        {
            write.StampCaller();
        }

        return Task.CompletedTask;
    }

    /// <summary>Removes the items stored under <paramref name="keys"/>; missing keys are ignored.</summary>
    /// <param name="keys">The keys to remove.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageKeys.Distinct(keys, nameof(keys));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in doomed)
            {
                _documents.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private readonly record struct StoredDocument(string ETag, string Json);
}
