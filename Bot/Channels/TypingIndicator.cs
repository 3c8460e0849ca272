namespace Majordome.Bot.Channels;

/// <summary>
/// The typing indicator of one turn: Messenger's <c>mark_seen</c> and <c>typing_on</c>, or WhatsApp's read receipt
/// with its typing indicator, go out only when the first reply is not ready within the delay, so a quick answer costs
/// fewer calls (Meta paces them), and they never go out after a reply, which would leave the dots showing under an
/// answer already given.
/// </summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _cancel;
    private readonly Task _pending;
    private bool _settled;

    /// <param name="sendTyping">Sends the platform's seen mark and typing indicator (Messenger: <c>mark_seen</c>, <c>typing_on</c>).</param>
    /// <param name="delay">How long a reply may take before the indicator shows.</param>
    /// <param name="time">The clock the delay is measured on.</param>
    /// <param name="onError">Told when sending the indicator failed; the turn goes on.</param>
    /// <param name="cancellationToken">The turn's token.</param>
    internal TypingIndicator(Func<CancellationToken, Task> sendTyping, TimeSpan delay, TimeProvider time, Action<Exception> onError, CancellationToken cancellationToken)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _pending = ShowLaterAsync(sendTyping, delay, time, onError, _cancel.Token);
    }

    /// <summary>
    /// Called before the turn sends anything: a pending indicator is dropped, one being sent is waited for so that
    /// it arrives first.
    /// </summary>
    internal async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (_settled)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        _settled = true;
        _gate.Release();
        await _cancel.CancelAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _cancel.CancelAsync().ConfigureAwait(false);
        await _pending.ConfigureAwait(false);
        _cancel.Dispose();
        _gate.Dispose();
    }

    private async Task ShowLaterAsync(Func<CancellationToken, Task> sendTyping, TimeSpan delay, TimeProvider time, Action<Exception> onError, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_settled)
                {
                    _settled = true;
                    await sendTyping(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The reply came first, or the turn ended.
        }
#pragma warning disable CA1031 // A typing indicator that failed must not fail the turn: the replies still go out.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            onError(exception);
        }
    }
}
