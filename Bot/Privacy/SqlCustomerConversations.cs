using System.Data.Common;
using Majordome.Bot.Data;

namespace Majordome.Bot.Privacy;

/// <summary>
/// Which conversations each customer key had: transcripts and conversation state are keyed by conversation, not by
/// customer, so an export or an erasure needs this link. Requests for a person (team_handoffs) also carry it, for
/// conversations older than this table.
/// </summary>
public sealed class SqlCustomerConversations
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlCustomerConversations(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>Records that <paramref name="customerKey"/> spoke in <paramref name="conversation"/> (once; later calls change nothing).</summary>
    public async Task RecordAsync(string customerKey, CustomerConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        ArgumentNullException.ThrowIfNull(conversation);
        // Written before the turn's state, at the same durability (a log is lost from its end, so no state outlives its record).
        await using var lease = await _database.BorrowForConversationWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, """
            INSERT INTO customer_conversations (customer_key, channel, conversation_id, state_channel, first_utc)
            VALUES (@customer, @channel, @conversation, @state, @now)
            ON CONFLICT (customer_key, channel, conversation_id) DO NOTHING;
            """,
            ("@customer", customerKey), ("@channel", conversation.Channel), ("@conversation", conversation.ConversationId),
            ("@state", conversation.StateChannel), ("@now", SqlCommands.ToText(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every conversation known for the customer (recorded, or named by a request for a person).</summary>
    public async Task<IReadOnlyList<CustomerConversation>> ListAsync(CustomerRecordKey customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        return await ListAsync(lease.Connection, null, customer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="ListAsync(CustomerRecordKey, CancellationToken)"/>, inside a caller's transaction.</summary>
    internal static async Task<IReadOnlyList<CustomerConversation>> ListAsync(DbConnection connection, DbTransaction? transaction, CustomerRecordKey customer, CancellationToken cancellationToken)
    {
        // A request for a person keeps the activity's channel id; its state used the customer key's channel.
        await using var command = SqlCommands.Create(connection, transaction, """
            SELECT channel, conversation_id, state_channel FROM customer_conversations WHERE customer_key = @customer
            UNION
            SELECT channel, conversation_id, @state FROM team_handoffs WHERE customer_key = @customer;
            """,
            ("@customer", customer.Value), ("@state", customer.Channel));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<CustomerConversation>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new CustomerConversation(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return found.DistinctBy(c => (c.Channel, c.ConversationId)).ToList();
    }
}
