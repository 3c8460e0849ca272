using Majordome.Bot.Messenger;
using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// Messenger (MESSENGER.md §5.1): free-form (messaging_type UPDATE) within 24 hours of the customer's last message;
/// outside it, an offer only with the marketing-messages token the customer opted into, and news about their order or
/// booking only as a utility template the Page has approved. The deprecated tags are never used.
/// </summary>
public sealed class MessengerChannelPolicy(IMessagingWindow window, MessengerMarketingTokens tokens, IOptions<ProactiveOptions> options, TimeProvider time) : IProactiveChannelPolicy
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);

    /// <inheritdoc />
    public bool Handles(string channelId) => channelId == MessengerChannels.Facebook;

    /// <inheritdoc />
    public async Task<ProactiveVerdict> DecideAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(message);
        var thread = ProactiveThreads.Messenger(job.Request.To);
        if (await window.LastCustomerActivityAsync(thread, cancellationToken).ConfigureAwait(false) is { } last && time.GetUtcNow() - last <= StandardWindow)
        {
            return new ProactiveVerdict.Send(new ProactiveRoute.FreeForm());
        }

        if (message.Category == ProactiveCategory.Marketing)
        {
            var (token, reason) = await tokens.FindAsync(thread, job.Request.To.CustomerKey, cancellationToken).ConfigureAwait(false);
            return token is not null
                ? new ProactiveVerdict.Send(new ProactiveRoute.MarketingToken(token))
                : new ProactiveVerdict.Drop(reason ?? ProactiveOutcomes.OutsideWindow);
        }

        return message.Template is { } template && options.Value.MessengerUtilityTemplates.Any(t =>
                t.Name == template.Name && string.Equals(t.Language, template.Language, StringComparison.OrdinalIgnoreCase))
            ? new ProactiveVerdict.Send(new ProactiveRoute.Template())
            : new ProactiveVerdict.Drop(ProactiveOutcomes.OutsideWindow);
    }
}
