using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Privacy;

/// <summary>
/// Everything Majordome keeps about one customer, as one JSON document for an admin to hand over: the profile (user
/// state), each conversation's state and messages, and the customer's rows in the business tables (orders with
/// their lines, bookings, feedback, leads and consents, opt-ins, requests for a person).
/// </summary>
public sealed class CustomerDataExport
{
    private readonly BusinessDatabase _database;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;

    /// <summary>Creates the export.</summary>
    public CustomerDataExport(BusinessDatabase database, IStorage storage, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _storage = storage;
        _time = time;
    }

    /// <summary>The customer's data; a customer the bot never met gets a document with empty parts.</summary>
    public async Task<JsonObject> ExportAsync(CustomerRecordKey customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var records = new JsonObject();
        IReadOnlyList<CustomerConversation> conversations;
        var messages = new Dictionary<CustomerConversation, JsonArray>();
        await using (var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false))
        {
            var parameters = CustomerTables.Parameters(customer);
            foreach (var (table, filter) in CustomerTables.Kept.Concat(CustomerTables.Deleted))
            {
                records[table] = await SqlRows.ReadAsync(lease.Connection, null, table, filter, parameters, cancellationToken).ConfigureAwait(false);
            }

            conversations = await SqlCustomerConversations.ListAsync(lease.Connection, null, customer, cancellationToken).ConfigureAwait(false);
            foreach (var conversation in conversations)
            {
                messages[conversation] = await SqlRows.ReadAsync(lease.Connection, null, "conversation_messages", "channel = @channel AND conversation_id = @conversation",
                    [("@channel", conversation.Channel), ("@conversation", conversation.ConversationId)], cancellationToken).ConfigureAwait(false);
            }
        }

        var documents = await StoredDocuments.ReadAsync(_storage, [customer.UserStateKey, .. conversations.Select(c => c.StateKey)], cancellationToken).ConfigureAwait(false);
        return new JsonObject
        {
            ["customer"] = new JsonObject { ["channel"] = customer.Channel, ["userId"] = customer.UserId, ["key"] = customer.Value },
            ["exportedUtc"] = SqlCommands.ToText(_time.GetUtcNow()),
            ["profile"] = documents.GetValueOrDefault(customer.UserStateKey)?.DeepClone(),
            ["conversations"] = new JsonArray([.. conversations.Select(c => (JsonNode)new JsonObject
            {
                ["channel"] = c.Channel,
                ["conversationId"] = c.ConversationId,
                ["state"] = documents.GetValueOrDefault(c.StateKey)?.DeepClone(),
                ["messages"] = messages[c],
            })]),
            ["records"] = records,
        };
    }
}
