namespace Majordome.Bot.Storage;

/// <summary>
/// What a turn gives its last state save to write along (<see cref="IWrittenWithLastSave"/>), in the flow of that
/// save: the storages take it once, from their write, without the turn's context reaching them.
/// </summary>
internal static class WrittenWithLastSave
{
    // A box, not the value: a storage that takes it clears it for every later write of the save, and a value set
    // inside an async method would not flow back out of it.
    private static readonly AsyncLocal<Box?> Current = new();

    /// <summary>Offers <paramref name="along"/> to the writes of this flow until the result is disposed.</summary>
    internal static IDisposable Offer(IWrittenWithLastSave? along)
    {
        var box = new Box { Along = along };
        Current.Value = box;
        return box;
    }

    /// <summary>What the flow's last save is to write along, once; null when nothing was offered or it was taken.</summary>
    internal static IWrittenWithLastSave? Take()
    {
        if (Current.Value is not { } box)
        {
            return null;
        }

        var along = box.Along;
        box.Along = null;
        return along;
    }

    private sealed class Box : IDisposable
    {
        public IWrittenWithLastSave? Along { get; set; }

        public void Dispose() => Along = null;
    }
}
