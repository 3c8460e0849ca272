using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Mapping;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// Processes one stored event: records the customer's activity (the messaging window), applies handovers and
/// human echoes (the conversation's hold, <see cref="IMessengerConversationControl"/>), purges unsent messages, and runs
/// a bot turn for what the customer said (the bot itself stays silent in a held conversation: the flag comes with its
/// state, so it is not read here a second time). Echoes, receipts and page-level events are never answered.
/// Events another channel stored in the same inbox (WhatsApp) go to that channel's <see cref="IInboxChannel"/>.
/// </summary>
public sealed partial class InboundEventHandler
{
    private readonly MessengerEventMapper _mapper;
    private readonly MessengerInbox _inbox;
    private readonly IMessengerConversationControl _control;
    private readonly IMessagingWindow _window;
    private readonly IServiceProvider _services;
    private readonly ILogger<InboundEventHandler> _logger;
    private readonly Dictionary<string, IInboxChannel> _channels;

    /// <summary>Creates the handler; the bot runner is resolved per event, so the inbox works (recording only) without one.</summary>
    public InboundEventHandler(MessengerEventMapper mapper, MessengerInbox inbox, IMessengerConversationControl control, IMessagingWindow window, IServiceProvider services, ILogger<InboundEventHandler> logger, IEnumerable<IInboxChannel>? channels = null)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(logger);
        _mapper = mapper;
        _inbox = inbox;
        _control = control;
        _window = window;
        _services = services;
        _logger = logger;
        _channels = (channels ?? []).ToDictionary(c => c.ChannelId, StringComparer.Ordinal);
    }

    /// <summary>Handles <paramref name="row"/>; exceptions (a failing turn) are the caller's to log.</summary>
    public async Task HandleAsync(InboxRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_channels.TryGetValue(row.ChannelId, out var channel))
        {
            await channel.HandleAsync(row, cancellationToken).ConfigureAwait(false);
            return;
        }

        var raw = JsonConvert.DeserializeObject<JObject>(row.Body, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })
            ?? throw new InvalidOperationException($"Inbox row {row.Id} has no event.");
        var inbound = _mapper.Map(row.ChannelId, row.AccountId, raw, row.Standby);
        LogEvent(row.ChannelId, row.ConversationId, inbound.Kind, row.Standby, inbound.Detail);

        if (inbound.IsCustomerAction)
        {
            await _window.RecordCustomerActivityAsync(inbound.Thread!, inbound.Timestamp, cancellationToken).ConfigureAwait(false);
        }

        await ApplyAsync(row, inbound, cancellationToken).ConfigureAwait(false);
        if (!inbound.RunsTurn || inbound.Thread is null)
        {
            return;
        }

        if (_services.GetService<IMessengerBotRunner>() is not { } runner)
        {
            LogNoRunner(row.ChannelId, row.ConversationId);
            return;
        }

        await runner.RunTurnAsync(inbound.Activity!, new InboxTurn(row.Id, row.Key.Length > 0 ? row.Key : $"inbox:{row.Id}"), cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyAsync(InboxRow row, InboundEvent inbound, CancellationToken cancellationToken)
    {
        switch (inbound.Kind)
        {
            case InboundKind.OtherEcho when inbound.Thread is not null:
                await _control.PauseAsync(inbound.Thread, "a person or another app replied", cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.ControlLost when inbound.Thread is not null:
                await _control.PauseAsync(inbound.Thread, "thread control went to another app", cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.ControlReceived when inbound.Thread is not null:
                await _control.ResumeAsync(inbound.Thread, cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.OptIn when inbound.Thread is not null && inbound.Activity?.Value is JObject optin
                && OptIns.MessengerOptInReader.Read(inbound.Thread, optin, inbound.Timestamp) is { } consent:
                // A token for the proactive messages to come; a plugin opt-in has none and is only greeted.
                await _services.GetRequiredService<OptIns.SqlMessengerOptIns>().RecordAsync(consent, cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.Read when inbound.Thread is not null && _services.GetService<Anticipation.SqlProactiveReads>() is { } reads:
                // The messages the assistant wrote first count as opened in the analytics report; nothing else reads receipts.
                await reads.RecordReadAsync(inbound.Thread, inbound.Activity?.Value as JObject, inbound.Timestamp, cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.Deleted when inbound.Mid is not null:
                await _inbox.PurgeMessageContentAsync(row.ChannelId, row.AccountId, inbound.Mid, cancellationToken).ConfigureAwait(false);
                break;
            case InboundKind.AppRoles or InboundKind.PolicyEnforcement or InboundKind.ControlRequested or InboundKind.Unknown or InboundKind.Unsupported:
                LogAttention(row.ChannelId, row.AccountId, inbound.Kind, inbound.Detail);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger {ChannelId} event in {ConversationId}: {Kind} (standby {Standby}) {Detail}")]
    private partial void LogEvent(string channelId, string conversationId, InboundKind kind, bool standby, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No IMessengerBotRunner is registered: the {ChannelId} event of {ConversationId} is recorded but not answered")]
    private partial void LogNoRunner(string channelId, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messenger {ChannelId} account {AccountId}: {Kind}: {Detail}")]
    private partial void LogAttention(string channelId, string accountId, InboundKind kind, string detail);
}
