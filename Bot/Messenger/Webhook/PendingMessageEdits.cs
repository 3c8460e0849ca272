using Majordome.Bot.Data;
using Majordome.Bot.Messenger.Mapping;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>
/// A customer's edit (<c>message_edit</c>) of a message whose turn has not run yet: the stored message takes the new
/// text, so the bot answers what the customer meant. A message whose turn ran, or runs now (claimed, or with replies
/// sent), is left alone: the bot does not answer twice, and the edit itself only updates the record. Edits apply in
/// order of <c>num_edit</c>; an older edit arriving late never overwrites a newer one.
/// </summary>
public sealed class PendingMessageEdits
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the editor.</summary>
    public PendingMessageEdits(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Applies the edits among <paramref name="events"/> (already stored) to their pending messages; returns how many applied.</summary>
    public async Task<int> ApplyAsync(IReadOnlyList<WebhookEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var applied = 0;
        foreach (var e in events)
        {
            if (!e.Standby && e.Body["message_edit"] is Newtonsoft.Json.Linq.JObject edit
                && JsonIds.Text(edit["mid"]) is { } mid && JsonIds.Text(edit["text"]) is { } text
                && int.TryParse(JsonIds.Read(edit["num_edit"]) ?? "1", System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                applied += await ApplyAsync($"{e.ChannelId}/{e.AccountId}/mid:{mid}", text, number, cancellationToken).ConfigureAwait(false);
            }
        }

        return applied;
    }

    private async Task<int> ApplyAsync(string key, string text, int number, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        // The body is JSON text on both engines, each with its own function to set a key in it. Our own
        // message.edit_num records which edit the text is (the mapper ignores it).
        await using var command = SqlCommands.Create(connection, null, _database.Kind == BusinessDatabaseKind.Postgres
            ? """
              UPDATE messenger_inbox
              SET body = jsonb_set(jsonb_set(body::jsonb, '{message,text}', to_jsonb(@text::text)), '{message,edit_num}', to_jsonb(@num::integer))::text
              WHERE event_key = @key AND status = 'pending' AND claimed_utc IS NULL
                AND COALESCE((body::jsonb #>> '{message,edit_num}')::integer, 0) < @num
                AND NOT EXISTS (SELECT 1 FROM messenger_inbox_replies r WHERE r.inbox_id = messenger_inbox.id);
              """
            : """
              UPDATE messenger_inbox
              SET body = json_set(body, '$.message.text', @text, '$.message.edit_num', @num)
              WHERE event_key = @key AND status = 'pending' AND claimed_utc IS NULL
                AND COALESCE(json_extract(body, '$.message.edit_num'), 0) < @num
                AND NOT EXISTS (SELECT 1 FROM messenger_inbox_replies r WHERE r.inbox_id = messenger_inbox.id);
              """,
            ("@key", key), ("@text", text), ("@num", number));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
