using Majordome.Bot.Data;
using Majordome.Bot.Team.Notifications;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Conversations.Team;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace Majordome.Bot.Team;

/// <summary>
/// Keeps a contact a customer left with their request in the team's queue (the request is made if the conversation
/// has none open, whatever its channel: the team calls or writes back), with the consent's words and time, and
/// queues a notice for the team.
/// </summary>
public sealed class SqlTeamContacts : ITeamContacts
{
    private readonly SqlHandoffQueue _queue;
    private readonly BusinessDatabase _database;
    private readonly TeamNotices _notices;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlTeamContacts(SqlHandoffQueue queue, BusinessDatabase database, TeamNotices notices, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(time);
        _queue = queue;
        _database = database;
        _notices = notices;
        _time = time;
    }

    /// <inheritdoc />
    public async Task LeaveAsync(ITurnContext turnContext, TeamContact contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(contact);
        var activity = turnContext.Activity;
        var channel = activity.ChannelId ?? "unknown";
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("a contact left outside a conversation");
        var language = turnContext.FindLanguage() ?? contact.Language;
        var id = (await _queue.FindOpenAsync(channel, conversationId, cancellationToken).ConfigureAwait(false))?.Id
            ?? await _queue.EnqueueAsync(channel, conversationId, CustomerKey.From(turnContext), null, language, JsonConvert.SerializeObject(activity.GetConversationReference()), cancellationToken).ConfigureAwait(false);

        await using (var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var update = SqlCommands.Create(connection, null, """
                UPDATE team_handoffs SET contact_email = @email, contact_phone = @phone, consent_text = @consent, consent_utc = @at
                WHERE id = @id;
                """,
                ("@email", contact.Email), ("@phone", contact.Phone), ("@consent", contact.ConsentText), ("@at", SqlCommands.ToText(contact.ConsentedAt)), ("@id", id));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var request = await _queue.FindAsync(id, cancellationToken).ConfigureAwait(false);
        await _notices.QueueAsync($"handoff-{id}-contact-{contact.ConsentedAt.ToUnixTimeMilliseconds()}", CustomerKey.From(turnContext), new TeamNotice(
            TeamNoticeEvents.ContactLeft, id, channel, conversationId, language, request?.Reason, contact.Email, contact.Phone, contact.ConsentText, contact.ConsentedAt, _time.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }
}
