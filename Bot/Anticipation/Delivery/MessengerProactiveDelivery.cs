using Majordome.Bot.Anticipation.Policy;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Anticipation;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Anticipation.Delivery;

/// <summary>
/// Messenger and Instagram: free-form messages rendered as replies are (messaging_type UPDATE), marketing messages by
/// token, or the utility template.
/// </summary>
public sealed class MessengerProactiveDelivery(MessengerRenderer renderer, MessengerSender sender) : IProactiveDelivery
{
    /// <inheritdoc />
    public bool Handles(string channelId) => MessengerChannels.IsMeta(channelId);

    /// <inheritdoc />
    public async Task<string?> SendAsync(ProactiveJob job, ProactiveMessage message, ProactiveRoute route, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(route);
        var thread = ProactiveThreads.Messenger(job.Request.To);
        if (route is ProactiveRoute.Template)
        {
            var template = message.Template ?? throw new InvalidOperationException("The template route needs the message's template.");
            return await sender.SendUtilityTemplateAsync(thread, template.Name, template.Language, template.Parameters, cancellationToken).ConfigureAwait(false);
        }

        var rendered = message.Activities.OfType<IMessageActivity>().SelectMany(a =>
        {
            a.ChannelId = thread.ChannelId;
            return renderer.Render(a);
        }).ToList();
        if (route is ProactiveRoute.MarketingToken marketing)
        {
            return Last(await sender.SendMarketingAsync(thread, marketing.Token, rendered, cancellationToken).ConfigureAwait(false));
        }

        return Last(await sender.SendAsync(thread, rendered, SendPolicy.Update, cancellationToken).ConfigureAwait(false));
    }

    // The last message is the one an Instagram "seen" names once the customer saw the whole of it.
    private static string? Last(IReadOnlyList<string?> ids) => ids.LastOrDefault(id => id is not null);
}
