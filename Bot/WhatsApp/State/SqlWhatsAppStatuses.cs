using Majordome.Bot.Data;

namespace Majordome.Bot.WhatsApp.State;

/// <summary>
/// The delivery statuses of the messages the bot sent on WhatsApp, one row per message and status (a redelivered
/// status is stored once). A failed status is recorded with its error code, for the brand to see; it is never retried:
/// 131047 means the 24-hour window had closed, 131026 that the customer cannot receive messages.
/// </summary>
public sealed class SqlWhatsAppStatuses
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store.</summary>
    public SqlWhatsAppStatuses(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Records <paramref name="status"/>; returns false when it was recorded before.</summary>
    public async Task<bool> RecordAsync(WhatsAppStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO whatsapp_message_status (message_id, status, phone_number_id, recipient_id, error_code, error_title, status_utc)
            VALUES (@id, @status, @number, @recipient, @code, @title, @at)
            ON CONFLICT (message_id, status) DO NOTHING;
            """,
            ("@id", status.MessageId), ("@status", status.Status), ("@number", status.PhoneNumberId), ("@recipient", status.RecipientId),
            ("@code", status.ErrorCode), ("@title", status.ErrorTitle), ("@at", SqlCommands.ToText(status.At)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The statuses recorded for <paramref name="messageId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<WhatsAppStatus>> ForMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, """
            SELECT message_id, status, phone_number_id, recipient_id, error_code, error_title, status_utc
            FROM whatsapp_message_status WHERE message_id = @id ORDER BY status_utc, status;
            """,
            ("@id", messageId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<WhatsAppStatus>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new WhatsAppStatus(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : SqlCommands.Int32(reader, 4), reader.IsDBNull(5) ? null : reader.GetString(5),
                SqlCommands.FromText(reader.GetString(6))));
        }

        return result;
    }
}
