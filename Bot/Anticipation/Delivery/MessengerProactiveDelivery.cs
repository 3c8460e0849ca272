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
    public async Task SendAsync(ProactiveJob job, ProactiveMessage message, ProactiveRoute route, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(route);
        var thread = ProactiveThreads.Messenger(job.Request.To);
        if (route is ProactiveRoute.Template)
        {
            var template = message.Template ?? throw new InvalidOperationException("The template route needs the message's template.");
            await sender.SendUtilityTemplateAsync(thread, template.Name, template.Language, template.Parameters, cancellationToken).ConfigureAwait(false);
            return;
        }

        var rendered = message.Activities.OfType<IMessageActivity>().SelectMany(a =>
        {
            a.ChannelId = thread.ChannelId;
            return renderer.Render(a);
        }).ToList();
        if (route is ProactiveRoute.MarketingToken marketing)
        {
            await sender.SendMarketingAsync(thread, marketing.Token, rendered, cancellationToken).ConfigureAwait(false);
            return;
        }

        await sender.SendAsync(thread, rendered, SendPolicy.Update, cancellationToken).ConfigureAwait(false);
    }
}
