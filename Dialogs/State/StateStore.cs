using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.State;

/// <summary>
/// Reads and writes one scope of a bot's state (the conversation's, the user's), as Bot Framework's
/// <c>BotState</c> does and with the same storage keys and documents, so either can read the other's data.
/// Unlike <c>BotState</c>, a property is typed from JSON once per turn and the same object is handed to every
/// reader, and a save writes the document as text once: no change-detection hashes, no second serialization in
/// the storage. Create properties with <see cref="CreateProperty{T}"/>; load and save around a turn with
/// <see cref="StateStoreSet"/> (or <see cref="LoadAsync"/> and <see cref="SaveChangesAsync"/>).
/// </summary>
public abstract class StateStore
{
    private readonly string _turnKey;

    /// <summary>Creates the store of one scope.</summary>
    /// <param name="storage">Where the documents are kept.</param>
    /// <param name="turnKey">The key its state is kept under for the turn (<see cref="TurnItems"/>).</param>
    protected StateStore(IStorage storage, string turnKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrWhiteSpace(turnKey);
        Storage = storage;
        _turnKey = turnKey;
    }

    /// <summary>The storage the documents are kept in.</summary>
    public IStorage Storage { get; }

    /// <summary>A property of this scope, of type <typeparamref name="T"/>.</summary>
    /// <param name="name">The property's name in the stored document.</param>
    /// <exception cref="ArgumentException">The name is empty or is "eTag", which the storages use.</exception>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (string.Equals(name, StateJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("\"eTag\" is where the storages keep a document's ETag; name the property otherwise.", nameof(name));
        }

        return new StatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads this scope's document for the turn, unless it was read already (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && Cached(turnContext) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var documents = await ReadDocumentsAsync(Storage, [key], cancellationToken).ConfigureAwait(false);
        Attach(turnContext, key, documents);
    }

    /// <summary>Writes this scope's document if a property changed (or <paramref name="force"/>).</summary>
    public Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        StateStoreSet.SaveAsync([this], turnContext, force, cancellationToken);

    /// <summary>Empties this scope's state for the turn; the next save writes the empty document.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var eTag = Cached(turnContext)?.ETag;
        TurnItems.Set(turnContext, _turnKey, new LoadedState(GetStorageKey(turnContext), null, mustSave: true) { ETag = eTag });
        return Task.CompletedTask;
    }

    /// <summary>Forgets this scope's state for the turn and deletes its document from storage.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnItems.Set(turnContext, _turnKey, null);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The storage key of this scope's document for the turn.</summary>
    /// <exception cref="InvalidOperationException">The activity lacks what the key is made of.</exception>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>
    /// The key <c>{channelId}/{scope}/{id}</c> Bot Framework's states use, checked for its parts; the channel part is
    /// the turn's <see cref="StateKeyChannel"/> (the channel id unless its adapter gave it a key space of its own).
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="scope">"conversations" or "users".</param>
    /// <param name="id">The conversation's or the sender's id in the turn's activity.</param>
    /// <param name="what">What <paramref name="id"/> is, for the error message.</param>
    /// <exception cref="InvalidOperationException">The activity lacks the channel id or <paramref name="id"/>.</exception>
    protected static string StorageKey(ITurnContext turnContext, string scope, string? id, string what)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = StateKeyChannel.Of(turnContext);
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(id))
        {
            var missing = string.IsNullOrEmpty(channelId) ? "channel id" : what;
            throw new InvalidOperationException($"The activity has no {missing}, which the state key {{channelId}}/{scope}/{{id}} is made of.");
        }

        return $"{channelId}/{scope}/{id}";
    }

    /// <summary>The storage key for the turn (for <see cref="StateStoreSet"/>, which reads several at once).</summary>
    internal string StorageKeyFor(ITurnContext turnContext) => GetStorageKey(turnContext);

    /// <summary>The turn's state, or null when not loaded.</summary>
    internal LoadedState? Cached(ITurnContext turnContext) => TurnItems.Get<LoadedState>(turnContext, _turnKey);

    /// <summary>Makes the document read for <paramref name="key"/> (or none) the turn's state.</summary>
    internal void Attach(ITurnContext turnContext, string key, IReadOnlyDictionary<string, string> documents) =>
        TurnItems.Set(turnContext, _turnKey, new LoadedState(key, documents.GetValueOrDefault(key)));

    /// <summary>
    /// The stored text of the documents found among <paramref name="keys"/>: as stored, from a storage that keeps
    /// text; written out from the objects any other storage returns (Bot Framework's MemoryStorage returns them).
    /// </summary>
    internal static async Task<IReadOnlyDictionary<string, string>> ReadDocumentsAsync(IStorage storage, string[] keys, CancellationToken cancellationToken)
    {
        if (storage is ISerializedStateStorage serialized)
        {
            return await serialized.ReadSerializedAsync(keys, cancellationToken).ConfigureAwait(false);
        }

        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return items.Where(item => item.Value is not null).ToDictionary(
            item => item.Key,
            item => (item.Value as JToken ?? JToken.FromObject(item.Value, StateJson.Serializer)).ToString(Formatting.None),
            StringComparer.Ordinal);
    }

    /// <summary>The turn's state, loaded first if needed (a property used before the turn loaded it).</summary>
    internal async Task<LoadedState> EnsureLoadedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        return Cached(turnContext)!;
    }
}
