using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.WhatsApp.Rendering;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp.Send;

/// <summary>
/// Sends rendered messages to one customer, under the 24-hour customer service window: free-form messages only while
/// it is open (the customer wrote less than 24 hours ago), approved templates (configured per number, by name and
/// language) at any time; anything else is refused with <see cref="MessagingWindowClosedException"/> before Meta is
/// called. Documents to upload (the booking's .ics) are uploaded first.
/// </summary>
public sealed partial class WhatsAppSender
{
    /// <summary>How long after the customer's last message free-form messages are allowed.</summary>
    public static readonly TimeSpan ServiceWindow = TimeSpan.FromHours(24);

    private readonly WhatsAppGraphClient _graph;
    private readonly IMessagingWindow _window;
    private readonly IOptions<WhatsAppOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WhatsAppSender> _logger;

    /// <summary>Creates the sender.</summary>
    public WhatsAppSender(WhatsAppGraphClient graph, IMessagingWindow window, IOptions<WhatsAppOptions> options, TimeProvider time, ILogger<WhatsAppSender> logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _graph = graph;
        _window = window;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Sends free-form <paramref name="messages"/> in order; returns their message ids. <paramref name="sent"/>, when
    /// given, is told each message's position and id as soon as Graph accepted it, before the next one goes out.
    /// </summary>
    public async Task<IReadOnlyList<string?>> SendAsync(WhatsAppThread thread, IReadOnlyList<JObject> messages, CancellationToken cancellationToken = default,
        Func<int, string?, Task>? sent = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return [];
        }

        await EnsureWindowOpenAsync(thread, cancellationToken).ConfigureAwait(false);
        var ids = new List<string?>(messages.Count);
        foreach (var message in messages)
        {
            var body = (JObject)message.DeepClone();
            await UploadIfNeededAsync(thread, body, cancellationToken).ConfigureAwait(false);
            var id = await PostAsync(thread, body, cancellationToken).ConfigureAwait(false);
            ids.Add(id);
            if (sent is not null)
            {
                await sent(ids.Count - 1, id).ConfigureAwait(false);
            }
        }

        return ids;
    }

    /// <summary>
    /// Sends the approved template <paramref name="name"/> in <paramref name="language"/> (with its
    /// <paramref name="components"/>), allowed outside the window; refused before Meta when the number has no such template.
    /// </summary>
    public Task<string?> SendTemplateAsync(WhatsAppThread thread, string name, string language, JArray? components = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        if (_options.Value.FindNumber(thread.PhoneNumberId) is not { } number || !number.HasTemplate(name, language))
        {
            LogUnknownTemplate(thread.PhoneNumberId, name, language);
            throw new MessagingWindowClosedException(
                $"WhatsApp number {thread.PhoneNumberId} has no approved template '{name}' in '{language}': add it under WhatsApp:PhoneNumbers:n:Templates once Meta approved it.");
        }

        var template = new JObject { ["name"] = name, ["language"] = new JObject { ["code"] = language } };
        if (components is { Count: > 0 })
        {
            template["components"] = components;
        }

        return PostAsync(thread, new JObject { ["type"] = "template", ["template"] = template }, cancellationToken);
    }

    /// <summary>Marks the customer's message <paramref name="messageId"/> read and shows the typing indicator until the reply.</summary>
    public Task MarkReadAsync(WhatsAppThread thread, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        return _graph.PostMessageAsync(thread.PhoneNumberId, new JObject
        {
            ["messaging_product"] = "whatsapp",
            ["status"] = "read",
            ["message_id"] = messageId,
            ["typing_indicator"] = new JObject { ["type"] = "text" },
        }, cancellationToken);
    }

    private async Task EnsureWindowOpenAsync(WhatsAppThread thread, CancellationToken cancellationToken)
    {
        var last = await _window.LastCustomerActivityAsync(thread.AsWindowKey(), cancellationToken).ConfigureAwait(false);
        if (last is { } at && _time.GetUtcNow() - at <= ServiceWindow)
        {
            return;
        }

        LogWindowClosed(thread.ConversationId, last);
        throw new MessagingWindowClosedException(
            $"WhatsApp conversation {thread.ConversationId}: the customer last wrote {(last is { } l ? l.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "never")}, outside the 24-hour customer service window; only an approved template may reach them.");
    }

    private async Task UploadIfNeededAsync(WhatsAppThread thread, JObject body, CancellationToken cancellationToken)
    {
        if (body[WhatsAppRenderer.UploadProperty] is not JObject upload || body["document"] is not JObject document)
        {
            return;
        }

        body.Remove(WhatsAppRenderer.UploadProperty);
        var bytes = Convert.FromBase64String((string?)upload["base64"] ?? string.Empty);
        document["id"] = await _graph.UploadAsync(thread.PhoneNumberId, bytes, (string?)upload["contentType"] ?? "application/octet-stream", (string?)document["filename"] ?? "file", cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> PostAsync(WhatsAppThread thread, JObject message, CancellationToken cancellationToken)
    {
        var body = new JObject { ["messaging_product"] = "whatsapp", ["recipient_type"] = "individual", ["to"] = thread.WaId };
        body.Merge(message);
        var answer = await _graph.PostMessageAsync(thread.PhoneNumberId, body, cancellationToken).ConfigureAwait(false);
        return (string?)answer["messages"]?[0]?["id"];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp conversation {ConversationId}: refused a free-form message outside the 24-hour window (customer last wrote at {LastActivity})")]
    private partial void LogWindowClosed(string conversationId, DateTimeOffset? lastActivity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp number {PhoneNumberId}: refused template {Name} ({Language}), which is not configured as approved")]
    private partial void LogUnknownTemplate(string phoneNumberId, string name, string language);
}
