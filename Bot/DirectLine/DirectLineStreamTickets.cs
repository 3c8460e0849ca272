using System.Collections.Concurrent;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// The stream tokens already used to open a WebSocket, until they expire: a stream URL opens one socket, so a
/// URL that leaked (a log, a proxy, a shared screen) cannot be used to listen to the conversation. A client that
/// reconnects asks for a new stream URL (GET /v3/directline/conversations/{id}), as Direct Line clients do.
/// </summary>
public sealed class DirectLineStreamTickets : IDirectLineStreamTickets
{
    private const int PruneEvery = 256;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _uses;

    /// <summary>Creates the set.</summary>
    public DirectLineStreamTickets(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Uses up the stream token <paramref name="nonce"/>; false if it was used already.</summary>
    public bool TryUse(string nonce, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        if (Interlocked.Increment(ref _uses) % PruneEvery == 0)
        {
            Prune();
        }

        return _used.TryAdd(nonce, expiresAt);
    }

    /// <inheritdoc />
    ValueTask<bool> IDirectLineStreamTickets.TryUseAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryUse(nonce, expiresAt));

    // An expired token is refused by its signature check anyway: forgetting it keeps the set as small as the
    // stream tokens issued in the last two minutes.
    private void Prune()
    {
        var now = _time.GetUtcNow();
        foreach (var (nonce, expiresAt) in _used)
        {
            if (expiresAt <= now)
            {
                _used.TryRemove(nonce, out _);
            }
        }
    }
}
