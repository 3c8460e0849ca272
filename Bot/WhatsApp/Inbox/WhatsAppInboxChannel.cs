using System.Globalization;
using Majordome.Bot.Channels;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.WhatsApp.Mapping;
using Majordome.Bot.WhatsApp.State;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp.Inbox;

/// <summary>
/// WhatsApp's events in the shared inbox: a customer message refreshes the 24-hour window and runs a turn through
/// <see cref="WhatsAppAdapter"/>; a reaction only refreshes the window; a status (sent, delivered, read, failed with
/// its error code) is recorded, never answered and never retried.
/// </summary>
public sealed partial class WhatsAppInboxChannel : IInboxChannel
{
    private readonly IOptions<WhatsAppOptions> _options;
    private readonly IMessagingWindow _window;
    private readonly SqlWhatsAppStatuses _statuses;
    private readonly IServiceProvider _services;
    private readonly ILogger<WhatsAppInboxChannel> _logger;

    /// <summary>Creates the channel; the adapter is resolved per event (it needs the bot, built after the inbox).</summary>
    public WhatsAppInboxChannel(IOptions<WhatsAppOptions> options, IMessagingWindow window, SqlWhatsAppStatuses statuses, IServiceProvider services, ILogger<WhatsAppInboxChannel> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _window = window;
        _statuses = statuses;
        _services = services;
        _logger = logger;
    }

    /// <inheritdoc />
    public string ChannelId => ChannelIds.WhatsApp;

    /// <inheritdoc />
    public bool Enabled => _options.Value.Enabled;

    /// <inheritdoc />
    public async Task HandleAsync(InboxRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var body = JsonConvert.DeserializeObject<JObject>(row.Body, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })
            ?? throw new InvalidOperationException($"Inbox row {row.Id} has no event.");
        switch ((string?)body["kind"])
        {
            case "status":
                await RecordStatusAsync(row.AccountId, (JObject)body["status"]!, cancellationToken).ConfigureAwait(false);
                break;
            case "message":
                var inbound = WhatsAppMessageMapper.Map(row.AccountId, body, Timestamp(body["message"]?["timestamp"]));
                LogMessage(row.ConversationId, inbound.Detail);
                await _window.RecordCustomerActivityAsync(inbound.Thread.AsWindowKey(), inbound.Timestamp, cancellationToken).ConfigureAwait(false);
                if (inbound.Activity is not null)
                {
                    var adapter = _services.GetRequiredService<WhatsAppAdapter>();
                    await adapter.RunTurnAsync(inbound, new InboxTurn(row.Id, row.Key.Length > 0 ? row.Key : $"inbox:{row.Id}"), cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                throw new InvalidOperationException($"Inbox row {row.Id} is neither a WhatsApp message nor a status.");
        }
    }

    private async Task RecordStatusAsync(string phoneNumberId, JObject status, CancellationToken cancellationToken)
    {
        var error = (status["errors"] as JArray)?.OfType<JObject>().FirstOrDefault();
        var recorded = new WhatsAppStatus(
            (string)status["id"]!, (string)status["status"]!, phoneNumberId, (string)status["recipient_id"]!,
            (int?)error?["code"], (string?)error?["title"], Timestamp(status["timestamp"]));
        await _statuses.RecordAsync(recorded, cancellationToken).ConfigureAwait(false);
        if (recorded.ErrorCode is { } code)
        {
            LogFailed(phoneNumberId, recorded.RecipientId, recorded.MessageId, code, recorded.ErrorTitle);
        }
    }

    private static DateTimeOffset Timestamp(JToken? token) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(Convert.ToString(((JValue)token!).Value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture));

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp event in {ConversationId}: {Detail}")]
    private partial void LogMessage(string conversationId, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp number {PhoneNumberId}: message {MessageId} to {RecipientId} failed with {Code} ({Title}); recorded, not retried")]
    private partial void LogFailed(string phoneNumberId, string recipientId, string messageId, int code, string? title);
}
