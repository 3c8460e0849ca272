using Majordome.Bot.Health;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Majordome.Dialogs.State;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// Runs the bot for Direct Line activities: the replies are appended to the conversation in
/// <see cref="DirectLineConversationStore"/>, where the client polls them, instead of going to a connector.
/// Failed turns are handled as in <see cref="Adapters.MajordomeAdapter"/>: logged, the customer told politely,
/// the conversation's dialog state cleared.
/// </summary>
public sealed partial class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel id the bot sees.</summary>
    public const string ChannelId = "directline";

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public static ChannelAccount BotAccount => new("majordome", "Majordome", RoleTypes.Bot);

    private readonly IDirectLineConversations _store;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineAdapter> _logger;

    /// <summary>Creates the adapter.</summary>
    public DirectLineAdapter(IDirectLineConversations store, TimeProvider time, ConversationStateStore conversationState, ILogger<DirectLineAdapter> logger, Localizer? localizer = null, StorageWriteProbe? storageProbe = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _time = time;
        _logger = logger;
        var strings = localizer ?? Localizer.Default;
        OnTurnError = Adapters.TurnErrorHandler.Create("Direct Line", conversationState, strings, logger, storageProbe);
    }

    /// <summary>Runs <paramref name="bot"/> for <paramref name="activity"/>, already appended to its conversation.</summary>
    public async Task ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var incoming = turnContext.Activity;
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];

            // Delays pace a connector's typing; traces are for the Emulator. Neither reaches a Direct Line client.
            if (activity.Type is ActivityTypes.Delay or ActivityTypes.Trace)
            {
                responses[i] = new ResourceResponse();
                continue;
            }

            activity.ChannelId = ChannelId;
            activity.Conversation = new ConversationAccount(id: incoming.Conversation.Id);
            activity.From = BotAccount;
            activity.Recipient = incoming.From;
            activity.ServiceUrl = incoming.ServiceUrl;
            // Only messages are in the client's transcript: a reply to the start's conversationUpdate replies to nothing
            // it could find (Web Chat would hold it back waiting for that activity).
            if (incoming.Type == ActivityTypes.Message)
            {
                activity.ReplyToId ??= incoming.Id;
            }

            activity.Timestamp = ReplyTimestamps.Next(turnContext, _time.GetUtcNow());

            // The language the bot answered in, so the chat page's own texts can follow a switch made in the chat.
            // A reply carries the incoming message's locale (the conversation reference), which is stale after a
            // switch: the turn's language wins, keeping the visitor's region when it is the same language.
            if (turnContext.FindLanguage() is { } language && Languages.FromLocale(activity.Locale) != language)
            {
                activity.Locale = Languages.LocaleOf(language);
            }

            responses[i] = new ResourceResponse(await _store.AppendAsync(incoming.Conversation.Id, activity, cancellationToken).ConfigureAwait(false));
        }

        return responses;
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line conversations here do not support updating an activity.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line conversations here do not support deleting an activity.");


}
