using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Messenger.Handoff;

/// <summary>
/// A customer asked for a person. The request is always recorded (the decorated <see cref="IHumanHandoff"/>); in a
/// Messenger or Instagram conversation the bot also says it is passing them on, passes the thread to the Page Inbox
/// (Instagram Inbox) and pauses itself, so the dialog's usual "noted, meanwhile I'm here" is not sent. The message
/// goes first because once the thread is passed the bot may no longer write in it. If the pass fails, the bot says
/// so and stays; the dialog then tells the customer their request is noted, which is true.
/// </summary>
public sealed partial class MessengerHumanHandoff : IHumanHandoff
{
    private readonly IHumanHandoff _recorded;
    private readonly MessengerSender _sender;
    private readonly IMessengerConversationControl _control;
    private readonly Localizer _strings;
    private readonly ILogger<MessengerHumanHandoff> _logger;

    /// <summary>Creates the handoff around <paramref name="recorded"/>.</summary>
    public MessengerHumanHandoff(IHumanHandoff recorded, MessengerSender sender, IMessengerConversationControl control, Localizer strings, ILogger<MessengerHumanHandoff> logger)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(logger);
        _recorded = recorded;
        _sender = sender;
        _control = control;
        _strings = strings;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task RequestAsync(ITurnContext turnContext, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await _recorded.RequestAsync(turnContext, reason, cancellationToken).ConfigureAwait(false);
        if (MessengerThread.From(turnContext.Activity) is not { } thread)
        {
            return;
        }

        var language = turnContext.FindLanguage() ?? Languages.FromLocale(turnContext.Activity.Locale) ?? Languages.French;
        await turnContext.SendActivityAsync(MessageFactory.Text(_strings.Get(language, "human.handedOver")), cancellationToken).ConfigureAwait(false);
        var inbox = thread.ChannelId == MessengerChannels.Instagram ? MessengerChannels.InstagramInboxAppId : MessengerChannels.PageInboxAppId;
        var metadata = new Newtonsoft.Json.Linq.JObject { ["reason"] = "customer_requested_human", ["question"] = reason }.ToString(Newtonsoft.Json.Formatting.None);
        try
        {
            await _sender.PassThreadControlAsync(thread, inbox, metadata.Length <= 1000 ? metadata : "{\"reason\":\"customer_requested_human\"}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MessengerSendException or MessengerUnreachableException or InvalidOperationException)
        {
            LogPassFailed(exception, thread.ConversationId);
            await turnContext.SendActivityAsync(MessageFactory.Text(_strings.Get(language, "human.handoffFailed")), cancellationToken).ConfigureAwait(false);
            return;
        }

        await _control.PauseAsync(thread, "handover", cancellationToken).ConfigureAwait(false);
        // The Page Inbox's people answer there: the bot asks no contact question they would never see answered.
        HumanInbox.MarkPassed(turnContext);
        LogHandedOver(thread.ConversationId, inbox);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger conversation {ConversationId} passed to the inbox app {InboxAppId}; the bot is paused there")]
    private partial void LogHandedOver(string conversationId, string inboxAppId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not pass Messenger conversation {ConversationId} to the inbox; the bot keeps it")]
    private partial void LogPassFailed(Exception exception, string conversationId);
}
