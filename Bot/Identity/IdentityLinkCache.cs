using System.Collections.Concurrent;

namespace Majordome.Bot.Identity;

/// <summary>
/// This instance's copy of which primary key a customer key is linked to (or that it is linked to none), used
/// only while <see cref="IdentityLinkListener"/> hears PostgreSQL announce every change to the links: each change,
/// made by any instance or tool, empties it. Every turn looks its customer up before anything else; on PostgreSQL
/// that was a round trip of its own, a third of a turn's time under load. Without the listener (SQLite, or the
/// connection lost) nothing is kept and every lookup reads the database.
/// </summary>
public sealed class IdentityLinkCache
{
    // Bounded so a long-running instance does not grow without end; emptying it only costs reads.
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, string?> _primaries = new(StringComparer.Ordinal);
    private readonly object _sync = new();
    private long _generation;
    private bool _enabled;

    /// <summary>Whether lookups are kept (the listener hears changes).</summary>
    public bool Enabled
    {
        get
        {
            lock (_sync)
            {
                return _enabled;
            }
        }
    }

    /// <summary>Where the links stood when a lookup began: pass it to <see cref="Keep"/> with what the lookup read.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The kept primary key of <paramref name="customerKey"/> (null: linked to none), when there is one.</summary>
    public bool TryGet(string customerKey, out string? primaryKey)
    {
        primaryKey = null;
        return Enabled && _primaries.TryGetValue(customerKey, out primaryKey);
    }

    /// <summary>
    /// Keeps what a lookup begun at <paramref name="generation"/> read, unless the links changed since (or nobody
    /// listens): a lookup that raced with a change must not keep what the change replaced.
    /// </summary>
    public void Keep(string customerKey, string? primaryKey, long generation)
    {
        lock (_sync)
        {
            if (!_enabled || generation != _generation)
            {
                return;
            }

            if (_primaries.Count >= MaxEntries)
            {
                _primaries.Clear();
            }

            _primaries[customerKey] = primaryKey;
        }
    }

    /// <summary>The links changed: forget everything kept.</summary>
    public void Changed()
    {
        lock (_sync)
        {
            _generation++;
            _primaries.Clear();
        }
    }

    /// <summary>The listener starts or stops hearing changes: forget everything, and keep lookups only while it does.</summary>
    public void Listening(bool listening)
    {
        lock (_sync)
        {
            _generation++;
            _primaries.Clear();
            _enabled = listening;
        }
    }
}
