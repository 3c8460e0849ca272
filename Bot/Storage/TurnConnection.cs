using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>
/// The connection a turn holds its conversation lock on, lent to the state storage for the rest of the turn, so a
/// turn reads and writes its state on the connection it already has instead of taking a second one from the pool.
/// Carried by an <see cref="AsyncLocal{T}"/> from the turn to the storage calls it makes; uses are serialized,
/// because one connection runs one command at a time.
/// </summary>
internal sealed class TurnConnection
{
    private static readonly AsyncLocal<TurnConnection?> Ambient = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TurnConnection? _outer;
    private NpgsqlConnection? _connection;
    private IReadOnlyDictionary<string, string>? _readWithLock;
    private HashSet<string>? _keysReadWithLock;
    private Func<NpgsqlBatchCommand>? _unlock;
    private bool _nextWriteIsLast;

    private TurnConnection(TurnConnection? outer)
    {
        _outer = outer;
    }

    /// <summary>The turn's connection holder in this flow, or null outside a turn.</summary>
    internal static TurnConnection? Current => Ambient.Value;

    /// <summary>
    /// Puts a new, empty holder in the caller's flow. Called from a method that is not async on purpose: a value set
    /// inside an async method does not flow back to its caller.
    /// </summary>
    internal static TurnConnection Begin()
    {
        var holder = new TurnConnection(Ambient.Value);
        Ambient.Value = holder;
        return holder;
    }

    /// <summary>
    /// Whether this flow already holds another lock (Direct Line holds its conversation's while the bot takes the
    /// turn's): such a lock must not wait for a slot its own flow keeps busy.
    /// </summary>
    internal bool IsNested => _outer?._connection is not null;

    /// <summary>Lends <paramref name="connection"/> to the turn's storage calls.</summary>
    internal void Lend(NpgsqlConnection connection) => _connection = connection;

    /// <summary>
    /// Keeps the state documents read in the lock's own round trip (those found among <paramref name="keys"/>), for
    /// the turn's first state read to take instead of asking the server again.
    /// </summary>
    internal void KeepReadWithLock(IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, string> documents)
    {
        _keysReadWithLock = new HashSet<string>(keys, StringComparer.Ordinal);
        _readWithLock = documents;
    }

    /// <summary>
    /// The documents read with the lock, when they cover every key of <paramref name="keys"/>, once: a later read
    /// asks the server, as does any read after a state write of the turn (<see cref="ForgetReadWithLock"/>).
    /// </summary>
    internal IReadOnlyDictionary<string, string>? TakeReadWithLock(IReadOnlyCollection<string> keys)
    {
        if (_readWithLock is not { } documents || !keys.All(_keysReadWithLock!.Contains))
        {
            return null;
        }

        ForgetReadWithLock();
        return keys.Where(documents.ContainsKey).ToDictionary(k => k, k => documents[k], StringComparer.Ordinal);
    }

    /// <summary>Drops the documents read with the lock: the turn wrote state, so they may be out of date.</summary>
    internal void ForgetReadWithLock()
    {
        _readWithLock = null;
        _keysReadWithLock = null;
    }

    /// <summary>
    /// Whether the lock was released by the turn's last state write (<see cref="TakeUnlockForWrite"/>), in that
    /// write's round trip: the lock need not be released again.
    /// </summary>
    internal bool ReleasedByWrite { get; private set; }

    /// <summary>Offers the lock's release (<paramref name="unlock"/> builds its command) to the turn's last state write.</summary>
    internal void OfferUnlock(Func<NpgsqlBatchCommand> unlock) => _unlock = unlock;

    /// <summary>
    /// Says that the turn's next state write is its last under the lock (nothing else reads or writes on its
    /// connection before the lock is released), so that write may release the lock in its own round trip.
    /// </summary>
    internal void NextWriteIsLast() => _nextWriteIsLast = true;

    /// <summary>
    /// The command releasing the lock, for the turn's last state write to send after its own statement, when the
    /// turn said its next write is the last and that write runs on <paramref name="connection"/>, the one holding the
    /// lock; null otherwise. Call <see cref="ReleasedWithWrite"/> once the write's batch has run.
    /// </summary>
    internal NpgsqlBatchCommand? TakeUnlockForWrite(NpgsqlConnection connection)
    {
        if (!_nextWriteIsLast || _unlock is not { } unlock || !ReferenceEquals(_connection, connection))
        {
            return null;
        }

        _nextWriteIsLast = false;
        _unlock = null;
        return unlock();
    }

    /// <summary>Records that the batch carrying the command <see cref="TakeUnlockForWrite"/> gave has run: the lock is released.</summary>
    internal void ReleasedWithWrite() => ReleasedByWrite = true;

    /// <summary>Takes the connection back (the lock is being released): later calls open their own.</summary>
    internal void TakeBack()
    {
        _gate.Wait();
        _connection = null;
        ForgetReadWithLock();
        _gate.Release();
    }

    /// <summary>
    /// The turn's connection for one business read or write (a transaction on it must end before it is given back),
    /// or null when none is lent or it is in use. Never waits for it: a store that already holds it and asks again
    /// (or runs alongside another use in the same turn) opens its own instead of waiting for itself.
    /// </summary>
    internal NpgsqlConnection? TryBorrow()
    {
        if (_connection is null || !_gate.Wait(0))
        {
            return null;
        }

        if (_connection is { } connection)
        {
            return connection;
        }

        _gate.Release();
        return null;
    }

    /// <summary>Gives back the connection <see cref="TryBorrow"/> returned.</summary>
    internal void GiveBack() => _gate.Release();

    /// <summary>
    /// Runs <paramref name="work"/> on the turn's connection when one is lent, alone on it; returns false (without
    /// running it) when none is, so the caller opens its own.
    /// </summary>
    internal async Task<(bool Ran, T Result)> TryRunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            return (false, default!);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _connection is { } connection ? (true, await work(connection).ConfigureAwait(false)) : (false, default!);
        }
        finally
        {
            _gate.Release();
        }
    }
}
