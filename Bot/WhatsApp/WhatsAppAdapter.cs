using Majordome.Bot.Adapters;
using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.WhatsApp.Mapping;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.WhatsApp;

/// <summary>
/// Runs the bot (the same <see cref="IBot"/>, composition and dialogs as every channel) for a customer's WhatsApp
/// message and sends its replies through the Cloud API: the message is marked read with the typing indicator when its
/// reply is slower than <see cref="WhatsAppOptions.TypingDelay"/> (a reply that follows at once needs no call for it), each
/// reply rendered by <see cref="WhatsAppRenderer"/> and sent in order by <see cref="WhatsAppSender"/> (inside the
/// 24-hour window only) through the channels' shared loop (<see cref="ChannelReplySender"/>); delays are waited, typing
/// and traces need no call. A turn answering a stored inbox event
/// carries its key, so the bot does not run again an event whose turn was saved; each reply Graph accepted is recorded
/// in the inbox's <see cref="ReplyJournal"/>, so a run of the same event after a crash skips the replies already sent
/// (WhatsApp echoes nothing, so a reply on the wire when the process died may still go twice). Failed turns are handled by
/// <see cref="TurnErrorHandler"/> (a polite apology in the customer's language where one can still be sent).
/// </summary>
public sealed partial class WhatsAppAdapter : BotAdapter
{
    private readonly IBot _bot;
    private readonly WhatsAppRenderer _renderer;
    private readonly WhatsAppSender _sender;
    private readonly ReplyJournal _journal;
    private readonly ILogger<WhatsAppAdapter> _logger;
    private readonly ChannelReplySender _replies;
    private readonly TimeProvider _time;
    private readonly TimeSpan _typingDelay;
    private const string TypingKey = "Majordome.WhatsApp.Typing";

    /// <summary>Creates the adapter.</summary>
    public WhatsAppAdapter(IBot bot, WhatsAppRenderer renderer, WhatsAppSender sender, ReplyJournal journal, ConversationStateStore conversationState, Localizer localizer, TimeProvider time, ILogger<WhatsAppAdapter> logger, Health.StorageWriteProbe? storageProbe = null, Microsoft.Extensions.Options.IOptions<WhatsAppOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _bot = bot;
        _renderer = renderer;
        _sender = sender;
        _journal = journal;
        _logger = logger;
        _replies = new ChannelReplySender(time, logger);
        _time = time;
        _typingDelay = options?.Value.TypingDelay ?? TimeSpan.Zero;
        OnTurnError = TurnErrorHandler.Create("WhatsApp", conversationState, localizer, logger, storageProbe);
    }

    /// <summary>Runs the turn answering <paramref name="inbound"/>, stored in the inbox as <paramref name="source"/>.</summary>
    public async Task RunTurnAsync(WhatsAppInbound inbound, InboxTurn source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(source);
        if (inbound.Activity is not { } activity)
        {
            return;
        }

        using var context = new TurnContext(this, activity);
        TurnCancellation.Attach(context, cancellationToken);
        InboundEventId.Set(context, source.EventKey);

        // No echo tells WhatsApp's replies apart, so only what Graph accepted is known: no intents, no tokens.
        var replies = await EventReplies.LoadAsync(source, _journal, cancellationToken).ConfigureAwait(false);
        if (replies.SentBefore > 0)
        {
            LogRunAgain(inbound.Thread.ConversationId, source.InboxId, replies.SentBefore);
        }

        ChannelReplySender.Track(context, replies);
        if (_typingDelay <= TimeSpan.Zero)
        {
            await MarkReadAsync(inbound, cancellationToken).ConfigureAwait(false);
            await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A reply that follows at once needs no read receipt of its own: the one call (read, with the typing dots) goes
        // out only for a slow reply, and never after a reply, which would show the dots under an answer already given.
        await using var typing = new TypingIndicator(ct => MarkReadAsync(inbound, ct), _typingDelay, _time, exception => LogMarkReadFailed(exception, inbound.Thread.ConversationId), cancellationToken);
        TurnItems.Set(context, TypingKey, typing);
        await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task MarkReadAsync(WhatsAppInbound inbound, CancellationToken cancellationToken)
    {
        try
        {
            await _sender.MarkReadAsync(inbound.Thread, inbound.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (MessengerSendException exception)
        {
            // Only the blue ticks and the typing dots are lost: the customer still gets the answer.
            LogMarkReadFailed(exception, inbound.Thread.ConversationId);
        }
    }

    /// <summary>
    /// Runs the bot for an event of the conversation that no customer message carries (the team handing the
    /// conversation back); its replies go out as any turn's, inside the 24-hour window only.
    /// </summary>
    public async Task RunEventAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var context = new TurnContext(this, activity);
        TurnCancellation.Attach(context, cancellationToken);
        await RunPipelineAsync(context, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var thread = WhatsAppThread.From(turnContext.Activity)
            ?? throw new InvalidOperationException("The turn's activity is not a WhatsApp activity.");

        // Before a reply goes out, the pending read receipt is dropped (or, already on its way, goes first).
        if (activities.Any(a => a.Type == ActivityTypes.Message) && TurnItems.Get<TypingIndicator>(turnContext, TypingKey) is { } typing)
        {
            await typing.SettleAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _replies.SendAsync(turnContext, activities, new WhatsAppReplyChannel(thread, turnContext.GetLanguage(), _renderer, _sender), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("WhatsApp does not let a business edit a message it sent.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("WhatsApp does not let a business delete a message it sent.");

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp conversation {ConversationId}: inbox event {InboxId} runs again; {Count} of its replies went out before")]
    private partial void LogRunAgain(string conversationId, long inboxId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WhatsApp conversation {ConversationId}: the message could not be marked read")]
    private partial void LogMarkReadFailed(Exception exception, string conversationId);
}
