namespace Majordome.Bot;

/// <summary>
/// Serializes the turns of one conversation: two messages sent quickly by the same customer are handled one after
/// the other, so neither overwrites the other's state and replies come out in order. Inside this process with a
/// semaphore per conversation; across instances too when an <see cref="IDistributedConversationLock"/> is given
/// (PostgreSQL storage), taken after the local one so each process sends at most one waiter to the database.
/// Entries are removed when no turn holds or waits for them, so memory does not grow with the number of conversations.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly IDistributedConversationLock? _distributed;

    /// <summary>Creates the locks; <paramref name="distributed"/> extends them to other instances.</summary>
    public ConversationLocks(IDistributedConversationLock? distributed = null)
    {
        _distributed = distributed;
    }

    /// <summary>Whether a turn's state keys given to <see cref="AcquireAsync(string, IReadOnlyCollection{string}, CancellationToken)"/> are read with the lock.</summary>
    public bool ReadsStateWithLock => _distributed is not null;

    /// <summary>The number of conversations with a turn running or waiting (for tests and metrics).</summary>
    public int ActiveCount
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Waits until no other turn of <paramref name="conversationKey"/> runs; dispose the result to release.</summary>
    public Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        AcquireAsync(conversationKey, [], cancellationToken);

    /// <summary>
    /// Waits as <see cref="AcquireAsync(string, CancellationToken)"/> does; the shared lock may read the state
    /// documents under <paramref name="stateKeys"/> in the same round trip, for the turn's state read that follows.
    /// </summary>
    public Task<IDisposable> AcquireAsync(string conversationKey, IReadOnlyCollection<string> stateKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        ArgumentNullException.ThrowIfNull(stateKeys);

        // Not async on purpose: what the shared lock leaves in the flow (an AsyncLocal) must reach the caller's turn,
        // and a value set inside an async method does not flow back out of it.
        _distributed?.PrepareTurn();
        return AcquireCoreAsync(conversationKey, stateKeys, cancellationToken);
    }

    private async Task<IDisposable> AcquireCoreAsync(string conversationKey, IReadOnlyCollection<string> stateKeys, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationKey, out entry!))
            {
                entry = new Entry();
                _entries[conversationKey] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Release(conversationKey, entry, held: false);
            throw;
        }

        IDisposable? shared = null;
        if (_distributed is not null)
        {
            try
            {
                shared = stateKeys.Count == 0
                    ? await _distributed.AcquireAsync(conversationKey, cancellationToken).ConfigureAwait(false)
                    : await _distributed.AcquireAndReadAsync(conversationKey, stateKeys, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Release(conversationKey, entry, held: true);
                throw;
            }
        }

        return new Releaser(this, conversationKey, entry, shared);
    }

    private void Release(string key, Entry entry, bool held)
    {
        if (held)
        {
            entry.Semaphore.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(ConversationLocks owner, string key, Entry entry, IDisposable? shared) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    shared?.Dispose();
                }
                finally
                {
                    owner.Release(key, entry, held: true);
                }
            }
        }
    }
}
