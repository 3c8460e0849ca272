using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.State;

/// <summary>
/// Several state stores loaded and saved together (Bot Framework's <c>BotStateSet</c>): stores that share a
/// storage are read in one call and written in one call, so the conversation's and the customer's documents are
/// read from one snapshot and saved in one transaction (both or neither when an ETag conflicts).
/// </summary>
public sealed class StateStoreSet
{
    private readonly StateStore[] _stores;

    /// <summary>Creates the set.</summary>
    /// <param name="stores">The stores, loaded and saved in this order.</param>
    public StateStoreSet(params StateStore[] stores)
    {
        ArgumentNullException.ThrowIfNull(stores);
        if (stores.Any(s => s is null))
        {
            throw new ArgumentException("A state store set cannot hold null.", nameof(stores));
        }

        _stores = stores;
    }

    /// <summary>Reads every store's document for the turn that is not read yet (all of them with <paramref name="force"/>).</summary>
    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _stores.Where(s => force || s.Cached(turnContext) is null).GroupBy(s => s.Storage))
        {
            var keyed = group.Select(store => (store, key: store.StorageKeyFor(turnContext))).ToList();
            var keys = keyed.Select(k => k.key).Distinct(StringComparer.Ordinal).ToArray();
            var documents = await StateStore.ReadDocumentsAsync(group.Key, keys, cancellationToken).ConfigureAwait(false);
            foreach (var (store, key) in keyed)
            {
                store.Attach(turnContext, key, documents);
            }
        }
    }

    /// <summary>
    /// The storage keys <see cref="LoadAllAsync"/> reads for the turn (for a conversation lock that reads them in the
    /// same round trip); empty when the activity lacks what a key is made of, which the load then reports.
    /// </summary>
    public IReadOnlyCollection<string> StorageKeysFor(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            return _stores.Select(s => s.StorageKeyFor(turnContext)).Distinct(StringComparer.Ordinal).ToArray();
        }
        catch (InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>Writes every store's document that changed (all loaded ones with <paramref name="force"/>).</summary>
    public Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        SaveAsync(_stores, turnContext, force, cancellationToken);

    internal static async Task SaveAsync(IEnumerable<StateStore> stores, ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in stores.GroupBy(s => s.Storage))
        {
            var writes = new List<(LoadedState State, string Json, IStoreItem? Item, JObject? Document)>();
            var changes = new Dictionary<string, object>(StringComparer.Ordinal);
            var textual = group.Key is ISerializedStateStorage;
            foreach (var store in group)
            {
                if (store.Cached(turnContext) is not { } state
                    || (force ? state.SerializeAll() : state.SerializeChanges()) is not { } json)
                {
                    continue;
                }

                if (textual)
                {
                    var item = new SerializedState(json, state.ETag);
                    changes[state.Key] = item;
                    writes.Add((state, json, item, null));
                }
                else
                {
                    // Other storages serialize objects themselves: hand them the document with its ETag.
                    var document = JObject.Parse(json);
                    document[StateJson.ETagProperty] = state.ETag ?? "*";
                    changes[state.Key] = document;
                    writes.Add((state, json, null, document));
                }
            }

            if (changes.Count == 0)
            {
                continue;
            }

            await group.Key.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            foreach (var (state, json, item, document) in writes)
            {
                var eTag = item is not null ? item.ETag : document!.Value<string>(StateJson.ETagProperty);
                state.Saved(json, eTag is null or "*" ? null : eTag);
            }
        }
    }
}
