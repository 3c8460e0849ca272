using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// Sends to one customer's thread: addresses the recipient (a PSID/IGSID, or a checkbox plugin's <c>user_ref</c>),
/// refuses customers marked unreachable, and marks them when Graph says they blocked the Page. A refusal because another
/// app controls the thread (error 2018300) is the caller's to act on: inside a turn the adapter holds the conversation
/// once the turn is over (a hold taken now would wait for the turn's own lock).
/// </summary>
public sealed partial class MessengerSender
{
    /// <summary>The prefix of a <see cref="MessengerThread.UserId"/> that is a checkbox plugin's user_ref.</summary>
    public const string UserRefPrefix = "user_ref:";

    private readonly MessengerGraphClient _graph;
    private readonly IUnreachableRecipients _unreachable;
    private readonly ILogger<MessengerSender> _logger;

    /// <summary>Creates the sender.</summary>
    public MessengerSender(MessengerGraphClient graph, IUnreachableRecipients unreachable, ILogger<MessengerSender> logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(unreachable);
        ArgumentNullException.ThrowIfNull(logger);
        _graph = graph;
        _unreachable = unreachable;
        _logger = logger;
    }

    /// <summary>
    /// Sends <paramref name="messages"/> in order; returns their message ids. <paramref name="accepted"/>, when given,
    /// is awaited after each message Graph accepted, with its index and id, before the next one goes out.
    /// </summary>
    public async Task<IReadOnlyList<string?>> SendAsync(MessengerThread thread, IReadOnlyList<JObject> messages, SendPolicy policy, CancellationToken cancellationToken = default, Func<int, string?, Task>? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(policy);
        if (await _unreachable.IsUnreachableAsync(thread, cancellationToken).ConfigureAwait(false))
        {
            LogSkippedUnreachable(thread.ConversationId);
            throw new MessengerUnreachableException($"Conversation {thread.ConversationId}: the customer cannot be reached (blocked the Page or unavailable); nothing is sent until they write again.");
        }

        var ids = new List<string?>(messages.Count);
        foreach (var message in messages)
        {
            var body = new JObject { ["recipient"] = Recipient(thread), ["messaging_type"] = policy.MessagingType };
            if (policy.Tag is { } tag)
            {
                body["tag"] = tag;
            }

            JObject response;
            if (MessengerFileUpload.Take(message) is { } upload)
            {
                // A file with no public URL (the booking's .ics) is uploaded in the same request as its message.
                body["message"] = upload.Message;
                response = await PostAsync(thread, () => _graph.PostFileAsync(thread.AccountId, "me/messages", body, upload.File, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                body["message"] = message;
                response = await PostAsync(thread, "me/messages", body, cancellationToken).ConfigureAwait(false);
            }

            var id = (string?)response["message_id"];
            if (accepted is not null)
            {
                await accepted(ids.Count, id).ConfigureAwait(false);
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>
    /// Sends <paramref name="messages"/> as marketing messages addressed by the customer's
    /// <c>notification_messages_token</c> (MESSENGER.md §5.1), the one way to send an offer outside the 24-hour window;
    /// Meta answers 2018354 when the frequency the customer chose is exceeded.
    /// </summary>
    public async Task<IReadOnlyList<string?>> SendMarketingAsync(MessengerThread thread, string token, IReadOnlyList<JObject> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(messages);
        var ids = new List<string?>(messages.Count);
        foreach (var message in messages)
        {
            var body = new JObject { ["recipient"] = new JObject { ["notification_messages_token"] = token }, ["message"] = message };
            var response = await PostAsync(thread, "me/messages", body, cancellationToken).ConfigureAwait(false);
            ids.Add((string?)response["message_id"]);
        }

        return ids;
    }

    /// <summary>
    /// Sends the Page's approved utility template <paramref name="name"/> in <paramref name="language"/> with its body
    /// <paramref name="parameters"/> (messaging_type UTILITY): news about an order or a booking outside the 24-hour
    /// window, where the deprecated tags used to serve.
    /// </summary>
    public async Task<string?> SendUtilityTemplateAsync(MessengerThread thread, string name, string language, IReadOnlyList<string> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(parameters);
        var template = new JObject { ["name"] = name, ["language"] = new JObject { ["code"] = language } };
        if (parameters.Count > 0)
        {
            template["components"] = new JArray(new JObject
            {
                ["type"] = "body",
                ["parameters"] = new JArray(parameters.Select(p => new JObject { ["type"] = "text", ["text"] = p })),
            });
        }

        var body = new JObject { ["recipient"] = Recipient(thread), ["messaging_type"] = "UTILITY", ["template"] = template };
        var response = await PostAsync(thread, "me/messages", body, cancellationToken).ConfigureAwait(false);
        return (string?)response["message_id"];
    }

    /// <summary>Sends a sender action ("typing_on", "mark_seen") alone, as the Send API requires; never fails the turn.</summary>
    public async Task SendActionAsync(MessengerThread thread, string action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);

        // Checkbox plugin recipients have no thread to show typing in yet.
        if (thread.UserId.StartsWith(UserRefPrefix, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            await PostAsync(thread, "me/messages", new JObject { ["recipient"] = Recipient(thread), ["sender_action"] = action }, cancellationToken).ConfigureAwait(false);
        }
        catch (MessengerSendException exception)
        {
            // A missing typing indicator is cosmetic: the reply itself will report a real problem.
            LogActionFailed(exception, action, thread.ConversationId);
        }
    }

    /// <summary>The Send API recipient of <paramref name="thread"/>.</summary>
    public static JObject Recipient(MessengerThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return thread.UserId.StartsWith(UserRefPrefix, StringComparison.Ordinal)
            ? new JObject { ["user_ref"] = thread.UserId[UserRefPrefix.Length..] }
            : new JObject { ["id"] = thread.UserId };
    }

    private Task<JObject> PostAsync(MessengerThread thread, string path, JObject body, CancellationToken cancellationToken) =>
        PostAsync(thread, () => _graph.PostAsync(thread.AccountId, path, body, cancellationToken));

    private async Task<JObject> PostAsync(MessengerThread thread, Func<Task<JObject>> post)
    {
        try
        {
            return await post().ConfigureAwait(false);
        }
        catch (MessengerSendException exception) when (exception.Kind == GraphErrorKind.Unreachable)
        {
            await _unreachable.MarkAsync(thread, exception.Error.ToString(), CancellationToken.None).ConfigureAwait(false);
            LogMarkedUnreachable(thread.ConversationId, exception.Error.Code, exception.Error.Subcode);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: the customer is unreachable (code {Code}, subcode {Subcode}); no more sends until they write again")]
    private partial void LogMarkedUnreachable(string conversationId, int code, int? subcode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: not sent, the customer is marked unreachable")]
    private partial void LogSkippedUnreachable(string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sender action {Action} failed in conversation {ConversationId}")]
    private partial void LogActionFailed(Exception exception, string action, string conversationId);
}
