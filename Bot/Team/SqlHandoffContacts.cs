using Majordome.Bot.Data;

namespace Majordome.Bot.Team;

/// <summary>The contacts customers left with their requests, read for the console's queue.</summary>
public sealed class SqlHandoffContacts
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the reader.</summary>
    public SqlHandoffContacts(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The contacts of the open requests, by request id (requests without one are absent).</summary>
    public async Task<IReadOnlyDictionary<long, HandoffContact>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, """
            SELECT id, contact_email, contact_phone, consent_text, consent_utc FROM team_handoffs
            WHERE status <> @closed AND consent_utc IS NOT NULL;
            """, ("@closed", HandoffStatus.Closed));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var contacts = new Dictionary<long, HandoffContact>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            contacts[SqlCommands.Int64(reader, 0)] = new HandoffContact(
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                SqlCommands.FromText(reader.GetString(4)));
        }

        return contacts;
    }
}

/// <summary>A way to reach the customer of a request, with their consent.</summary>
/// <param name="Email">The email address, or null.</param>
/// <param name="Phone">The phone number, or null.</param>
/// <param name="ConsentText">The words they agreed to.</param>
/// <param name="ConsentedUtc">When.</param>
public sealed record HandoffContact(string? Email, string? Phone, string ConsentText, DateTimeOffset ConsentedUtc);
