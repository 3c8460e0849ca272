using System.Threading.Channels;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// Wakes the inbox processor when events were stored. A bounded channel of one slot: notifications that arrive
/// while one is pending merge into it, so a burst of webhooks costs one pass over the pending rows, and memory
/// stays bounded whatever the load (the events themselves wait in SQLite, not in memory).
/// </summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Asks for a pass over the pending events.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for the next notification; false once completed.</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Consumes the pending notification, if any.</summary>
    public bool TryConsume() => _channel.Reader.TryRead(out _);
}
