namespace Majordome.Bot;

/// <summary>
/// Serializes the turns of one conversation across bot instances (processes or machines) that share a database.
/// <see cref="ConversationLocks"/> takes it after its in-process lock, so at most one waiter per process asks.
/// </summary>
public interface IDistributedConversationLock
{
    /// <summary>
    /// Called in the turn's own flow just before <see cref="AcquireAsync"/>, so the lock can leave something there for
    /// the rest of the turn (PostgreSQL lends its connection to the turn's state reads and writes). Nothing by default.
    /// </summary>
    void PrepareTurn()
    {
    }

    /// <summary>Waits until no instance runs a turn of <paramref name="conversationKey"/>; dispose the result to release.</summary>
    Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Waits as <see cref="AcquireAsync"/> does, then reads the state documents under <paramref name="stateKeys"/>
    /// for the turn's first state read, which the caller makes straight away; a lock that cannot do both at once
    /// just takes the lock (the default), and the state is read as usual.
    /// </summary>
    Task<IDisposable> AcquireAndReadAsync(string conversationKey, IReadOnlyCollection<string> stateKeys, CancellationToken cancellationToken) =>
        AcquireAsync(conversationKey, cancellationToken);
}
