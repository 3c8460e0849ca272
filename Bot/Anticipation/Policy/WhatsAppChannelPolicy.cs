using Majordome.Bot.Channels;
using Majordome.Bot.Messenger;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Anticipation.Policy;

/// <summary>
/// WhatsApp (MESSENGER.md §5.5): free-form inside the 24-hour customer service window; outside it only a template
/// the number has approved (configured under WhatsApp:PhoneNumbers:n:Templates by name and language).
/// </summary>
public sealed class WhatsAppChannelPolicy(IMessagingWindow window, IOptions<WhatsAppOptions> whatsApp, TimeProvider time) : IProactiveChannelPolicy
{
    /// <inheritdoc />
    public bool Handles(string channelId) => channelId == ChannelIds.WhatsApp;

    /// <inheritdoc />
    public async Task<ProactiveVerdict> DecideAsync(ProactiveJob job, ProactiveMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(message);
        var thread = ProactiveThreads.WhatsApp(job.Request.To);
        if (await window.LastCustomerActivityAsync(thread.AsWindowKey(), cancellationToken).ConfigureAwait(false) is { } last && time.GetUtcNow() - last <= WhatsAppSender.ServiceWindow)
        {
            return new ProactiveVerdict.Send(new ProactiveRoute.FreeForm());
        }

        return message.Template is { } template && whatsApp.Value.FindNumber(thread.PhoneNumberId) is { } number && number.HasTemplate(template.Name, template.Language)
            ? new ProactiveVerdict.Send(new ProactiveRoute.Template())
            : new ProactiveVerdict.Drop(ProactiveOutcomes.OutsideWindow);
    }
}
