using Majordome.Bot.Adapters;
using Majordome.Bot.Channels;
using Majordome.Bot.Health;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Messenger;

/// <summary>
/// Runs the bot for Messenger and Instagram activities and sends its replies through the Send API: each reply
/// rendered by <see cref="MessengerRenderer"/> and sent in order with messaging_type RESPONSE; typing as
/// <c>typing_on</c>; delays waited; traces ignored. The customer's message is marked seen (<c>mark_seen</c>, with the
/// typing indicator) only when the reply is slower than <see cref="MessengerOptions.TypingDelay"/>: a reply that
/// follows at once needs no call of its own for that. The bot itself stays silent in a conversation a person holds (the
/// flag comes with the conversation's state); once Graph says another app controls the thread nothing more is sent, and
/// the conversation is held (<see cref="IMessengerConversationControl"/>) when the turn is over.
/// A turn answering a stored inbox event numbers its replies and records each one Graph accepted
/// (<see cref="EventReplies"/>), so a run of the same event after a crash does not send them again; on Messenger each
/// reply also carries a token in its metadata whose echo marks it sent, for the reply on the wire at a crash. Failed turns are
/// handled by <see cref="TurnErrorHandler"/>: a turn cancelled by the inbox (stopping, out of time) is handed back
/// untouched, a reply Graph refused keeps the dialog state, anything else is apologised for and the state cleared.
/// </summary>
public sealed partial class MessengerAdapter : BotAdapter, IMessengerBotRunner
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan HumanAgentWindow = TimeSpan.FromDays(7);

    private const string TypingKey = "Majordome.Messenger.Typing";
    private readonly IBot _bot;
    private readonly MessengerRenderer _renderer;
    private readonly MessengerSender _sender;
    private readonly IMessengerConversationControl _control;
    private readonly IMessagingWindow _window;
    private readonly IUnreachableRecipients _unreachable;
    private readonly TimeProvider _time;
    private readonly ILogger<MessengerAdapter> _logger;
    private readonly TimeSpan _typingDelay;
    private readonly bool _mergeTexts;
    private readonly ReplyJournal? _journal;
    private readonly ChannelReplySender _replies;

    /// <summary>Creates the adapter.</summary>
    public MessengerAdapter(
        IBot bot,
        MessengerRenderer renderer,
        MessengerSender sender,
        IMessengerConversationControl control,
        IMessagingWindow window,
        IUnreachableRecipients unreachable,
        ConversationStateStore conversationState,
        TimeProvider time,
        ILogger<MessengerAdapter> logger,
        Localizer? localizer = null,
        IOptions<MessengerOptions>? options = null,
        ReplyJournal? journal = null,
        StorageWriteProbe? storageProbe = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(unreachable);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _bot = bot;
        _renderer = renderer;
        _sender = sender;
        _control = control;
        _window = window;
        _unreachable = unreachable;
        _time = time;
        _logger = logger;
        _typingDelay = options?.Value.TypingDelay ?? TimeSpan.Zero;
        // Without options, texts are merged as with the options' default (Messenger:MergeTexts is on unless set off).
        _mergeTexts = options?.Value.MergeTexts ?? true;
        _journal = journal;
        _replies = new ChannelReplySender(time, logger);
        var strings = localizer ?? Localizer.Default;
        OnTurnError = Adapters.TurnErrorHandler.Create("Messenger", conversationState, strings, logger, storageProbe);
    }

    /// <inheritdoc />
    public Task RunTurnAsync(Activity activity, CancellationToken cancellationToken) => RunAsync(activity, null, cancellationToken);

    /// <inheritdoc />
    public Task RunTurnAsync(Activity activity, InboxTurn source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RunAsync(activity, source, cancellationToken);
    }

    private async Task RunAsync(Activity activity, InboxTurn? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var thread = MessengerThread.From(activity)
            ?? throw new ArgumentException("The activity is not a Messenger or Instagram activity with a sender and a recipient.", nameof(activity));

        // The customer wrote: whatever made them unreachable before (a block) is over.
        await _unreachable.ClearAsync(thread, cancellationToken).ConfigureAwait(false);
        using var context = new TurnContext(this, activity);
        TurnCancellation.Attach(context, cancellationToken);
        var controlLoss = new ThreadControlLoss();
        TurnItems.Set(context, ThreadControlLoss.TurnKey, controlLoss);
        try
        {
            await RunTurnAsync(context, thread, source, cancellationToken).ConfigureAwait(false);

            // A text the turn held back to merge with a next one that never came (the error handler's apology, say).
            await FlushHeldTextAsync(context, thread, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (controlLoss.Lost)
            {
                // Another app has the thread (a handover we missed, or a take_thread_control whose webhook is late).
                // Held now that the turn is over: a hold waits for the conversation's lock, which the turn held.
                await _control.PauseAsync(thread, "another app controls the thread", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task RunTurnAsync(TurnContext context, MessengerThread thread, InboxTurn? source, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (source is not null)
        {
            InboundEventId.Set(context, source.EventKey);
            if (_journal is not null)
            {
                var replies = await EventReplies.LoadAsync(source, _journal, TracksEchoes(thread) ? _journal.EchoWait : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                if (replies.SentBefore > 0 || replies.InFlightBefore > 0)
                {
                    LogRunAgain(thread.ConversationId, source.InboxId, replies.SentBefore, replies.InFlightBefore);
                }

                ChannelReplySender.Track(context, replies);
            }
        }

        if (activity.Type != ActivityTypes.Message)
        {
            await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_typingDelay <= TimeSpan.Zero)
        {
            await _sender.SendActionAsync(thread, "mark_seen", cancellationToken).ConfigureAwait(false);
            await _sender.SendActionAsync(thread, "typing_on", cancellationToken).ConfigureAwait(false);
            await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A reply that follows at once shows the customer their message was read: mark_seen and typing_on go out only
        // for a slow one. Every call spends the Page's Send API rate (a campaign burst is paced by calls per turn).
        await using var typing = new TypingIndicator(
            async ct =>
            {
                await _sender.SendActionAsync(thread, "mark_seen", ct).ConfigureAwait(false);
                await _sender.SendActionAsync(thread, "typing_on", ct).ConfigureAwait(false);
            },
            _typingDelay,
            _time,
            exception => LogTypingFailed(exception, thread.ConversationId),
            cancellationToken);
        TurnItems.Set(context, TypingKey, typing);
        await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends <paramref name="activity"/> to <paramref name="thread"/> when the customer has not just written:
    /// refused with <see cref="MessagingWindowClosedException"/>, before any call to Graph, outside the 24-hour window
    /// (an update) or the 7-day window (a human agent's reply, sent with the HUMAN_AGENT tag).
    /// </summary>
    public async Task<IReadOnlyList<string?>> SendProactiveAsync(MessengerThread thread, IMessageActivity activity, ProactivePurpose purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(activity);
        var last = await _window.LastCustomerActivityAsync(thread, cancellationToken).ConfigureAwait(false);
        var window = purpose == ProactivePurpose.HumanAgent ? HumanAgentWindow : StandardWindow;
        if (last is not { } at || _time.GetUtcNow() - at > window)
        {
            LogWindowClosed(thread.ConversationId, purpose, last);
            Telemetry.ProactiveMetrics.Record(thread.ChannelId, PurposeName(purpose), "window_closed");
            throw new MessagingWindowClosedException(
                $"Conversation {thread.ConversationId}: the customer last wrote {(last is { } l ? l.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "never")}, outside the {(purpose == ProactivePurpose.HumanAgent ? "7-day human agent" : "24-hour")} window; Meta forbids this message (only a utility template could reach them).");
        }

        activity.ChannelId = thread.ChannelId;
        var messages = _renderer.Render(activity);
        var sent = await _sender.SendAsync(thread, messages, purpose == ProactivePurpose.HumanAgent ? SendPolicy.HumanAgent : SendPolicy.Update, cancellationToken).ConfigureAwait(false);
        Telemetry.ProactiveMetrics.Record(thread.ChannelId, PurposeName(purpose), "sent");
        return sent;
    }

    private static string PurposeName(ProactivePurpose purpose) => purpose == ProactivePurpose.HumanAgent ? "human_agent" : "update";

    /// <inheritdoc />
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var thread = MessengerThread.From(turnContext.Activity)
            ?? throw new InvalidOperationException("The turn's activity is not a Messenger or Instagram activity.");
        var controlLoss = TurnItems.Get<ThreadControlLoss>(turnContext, ThreadControlLoss.TurnKey) ?? new ThreadControlLoss();
        var channel = new MessengerReplyChannel(thread, turnContext.Activity.From?.Name, _renderer, _sender, controlLoss,
            ct => SettleTypingAsync(turnContext, ct), () => LogDroppedWhilePaused(thread.ConversationId), _mergeTexts);
        return _replies.SendAsync(turnContext, activities, channel, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Messenger does not let a Page edit a message it sent.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Messenger does not let a Page delete a message it sent.");



    // After the turn, its error handler included: a failure is logged, never thrown at the inbox (as an apology that
    // could not be sent); a turn the inbox cancels is handed back as before.
    private async Task FlushHeldTextAsync(TurnContext context, MessengerThread thread, CancellationToken cancellationToken)
    {
        try
        {
            await ChannelReplySender.FlushAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogHeldTextFailed(exception, thread.ConversationId);
        }
    }

    // Meta echoes a Messenger message's metadata; Instagram echoes carry none, and sends addressed by user_ref are
    // not echoed at all: there a token would only make a run taken back wait for an echo that never comes.
    private static bool TracksEchoes(MessengerThread thread) =>
        thread.ChannelId == MessengerChannels.Facebook && !thread.UserId.StartsWith(MessengerSender.UserRefPrefix, StringComparison.Ordinal);

    // Before anything visible goes out, the turn's pending typing indicator is dropped, or finished first.
    private static async Task SettleTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (TurnItems.Get<TypingIndicator>(turnContext, TypingKey) is { } typing)
        {
            await typing.SettleAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger conversation {ConversationId}: inbox event {InboxId} runs again; {Count} of its replies went out before, {InFlight} were on their way")]
    private partial void LogRunAgain(string conversationId, long inboxId, int count, int inFlight);

    [LoggerMessage(Level = LogLevel.Error, Message = "Messenger conversation {ConversationId}: the turn's last text could not be sent")]
    private partial void LogHeldTextFailed(Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messenger conversation {ConversationId}: the typing indicator could not be sent")]
    private partial void LogTypingFailed(Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Messenger conversation {ConversationId} was handed to a person: a bot reply was not sent")]
    private partial void LogDroppedWhilePaused(string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive {Purpose} refused in conversation {ConversationId}: the customer last wrote at {LastActivity}")]
    private partial void LogWindowClosed(string conversationId, ProactivePurpose purpose, DateTimeOffset? lastActivity);
}
