using Majordome.Bot.Anticipation.Policy;
using Majordome.Bot.Channels;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Dialogs.Anticipation;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Anticipation.Delivery;

/// <summary>WhatsApp: free-form messages rendered as replies are, or the approved template with its body parameters.</summary>
public sealed class WhatsAppProactiveDelivery(WhatsAppRenderer renderer, WhatsAppSender sender) : IProactiveDelivery
{
    /// <inheritdoc />
    public bool Handles(string channelId) => channelId == ChannelIds.WhatsApp;

    /// <inheritdoc />
    public async Task<string?> SendAsync(ProactiveJob job, ProactiveMessage message, ProactiveRoute route, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(route);
        var thread = ProactiveThreads.WhatsApp(job.Request.To);
        if (route is ProactiveRoute.Template)
        {
            var template = message.Template ?? throw new InvalidOperationException("The template route needs the message's template.");
            var components = template.Parameters.Count == 0 ? null : new JArray(new JObject
            {
                ["type"] = "body",
                ["parameters"] = new JArray(template.Parameters.Select(p => new JObject { ["type"] = "text", ["text"] = p })),
            });
            return await sender.SendTemplateAsync(thread, template.Name, template.Language, components, cancellationToken).ConfigureAwait(false);
        }

        var language = Majordome.Dialogs.Localization.Languages.FromLocale(job.Request.To.Locale) ?? Majordome.Dialogs.Localization.Languages.French;
        var rendered = message.Activities.OfType<IMessageActivity>().SelectMany(a => renderer.Render(a, language)).ToList();
        // WhatsApp tells a read per message; the last one is read once the whole of it was.
        return (await sender.SendAsync(thread, rendered, cancellationToken).ConfigureAwait(false)).LastOrDefault(id => id is not null);
    }
}
