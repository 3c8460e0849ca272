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
    private readonly TeamNotices _notices;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlTeamContacts(SqlHandoffQueue queue, TeamNotices notices, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(time);
        _queue = queue;
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
        var customer = CustomerKey.From(turnContext);
        // The request (made if none is open), the contact and the team's notice are one transaction: a crash midway
        // keeps none of them, never a contact the team is not told of.
        await _queue.EnqueueAsync(channel, conversationId, customer, null, language, JsonConvert.SerializeObject(activity.GetConversationReference()),
            async (request, transaction, ct) =>
            {
                await using (var update = SqlCommands.Create(transaction.Connection!, transaction, """
                    UPDATE team_handoffs SET contact_email = @email, contact_phone = @phone, consent_text = @consent, consent_utc = @at
                    WHERE id = @id;
                    """,
                    ("@email", contact.Email), ("@phone", contact.Phone), ("@consent", contact.ConsentText), ("@at", SqlCommands.ToText(contact.ConsentedAt)), ("@id", request.Id)))
                {
                    await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await _notices.QueueAsync(transaction, $"handoff-{request.Id}-contact-{contact.ConsentedAt.ToUnixTimeMilliseconds()}", customer, new TeamNotice(
                    TeamNoticeEvents.ContactLeft, request.Id, channel, conversationId, language, request.Reason, contact.Email, contact.Phone, contact.ConsentText, contact.ConsentedAt, _time.GetUtcNow()),
                    ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }
}
