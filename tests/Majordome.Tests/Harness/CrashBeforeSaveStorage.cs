using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;

namespace Majordome.Tests.Harness;

/// <summary>
/// A storage whose next save can be lost, as when the bot process dies after a turn's work (a booking committed
/// in the business database) but before the turn's state is saved: the conversation stays where it was.
/// </summary>
public sealed class CrashBeforeSaveStorage(Majordome.Bot.Storage.JsonMemoryStorage inner) : IStorage, ISerializedStateStorage
{
    private bool _loseNextWrite;

    /// <summary>The next <see cref="WriteAsync"/> saves nothing: the process "died" before it.</summary>
    public void LoseNextSave() => _loseNextWrite = true;

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ReadSerializedAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadSerializedAsync(keys, cancellationToken);

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (_loseNextWrite)
        {
            _loseNextWrite = false;
            return Task.CompletedTask;
        }

        return inner.WriteAsync(changes, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
