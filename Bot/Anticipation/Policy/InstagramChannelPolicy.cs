using Majordome.Bot.Messenger;
using Majordome.Dialogs.Anticipation;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>Instagram (MESSENGER.md §5.4): inside the 24-hour window only; it has no marketing tokens or utility templates.</summary>
public sealed class InstagramChannelPolicy(IMessagingWindow window, TimeProvider time) : IProactiveChannelPolicy
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);

    /// <inheritdoc />
    public bool Handles(string channelId) => channelId == MessengerChannels.Instagram;

    /// <inheritdoc />
    public async Task<ProactiveVerdict> DecideAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var thread = ProactiveThreads.Messenger(job.Request.To);
        return await window.LastCustomerActivityAsync(thread, cancellationToken).ConfigureAwait(false) is { } last && time.GetUtcNow() - last <= StandardWindow
            ? new ProactiveVerdict.Send(new ProactiveRoute.FreeForm())
            : new ProactiveVerdict.Drop(ProactiveOutcomes.OutsideWindow);
    }
}
