using System.Data.Common;
using Majordome.Bot.Data;

namespace Majordome.Bot.Team;

/// <summary>
/// The team's queue in the business database: conversations waiting for a person, the ones a person holds, and
/// who. Taking is one conditional UPDATE (<c>WHERE status = 'waiting'</c>), so of two agents clicking at once exactly
/// one gets the conversation, on one instance or several.
/// </summary>
public sealed class SqlHandoffQueue
{
    private const string Columns = "id, channel, conversation_id, customer_key, reason, language, reference_json, status, agent_id, agent_name, requested_utc, taken_utc";
    private const int MaxReasonLength = 1000;
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the queue.</summary>
    public SqlHandoffQueue(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>
    /// Puts the conversation in the queue, unless it already is (waiting or taken): asking twice keeps the first
    /// place in line. Returns the open request's id.
    /// </summary>
    public Task<long> EnqueueAsync(string channel, string conversationId, string customerKey, string? reason, string language, string referenceJson, CancellationToken cancellationToken = default) =>
        EnqueueAsync(channel, conversationId, customerKey, reason, language, referenceJson, null, cancellationToken);

    /// <summary>
    /// As <see cref="EnqueueAsync(string, string, string, string?, string, string, CancellationToken)"/>, and runs
    /// <paramref name="withRequest"/> (given the open request) in the same transaction: what it writes (the team's
    /// notice, a contact left) is kept with the request or not at all, so a crash between the two loses neither.
    /// </summary>
    public async Task<long> EnqueueAsync(
        string channel, string conversationId, string customerKey, string? reason, string language, string referenceJson,
        Func<HandoffRequest, DbTransaction, CancellationToken, Task>? withRequest, CancellationToken cancellationToken = default)
    {
        var bounded = reason is { Length: > MaxReasonLength } ? reason[..MaxReasonLength] : reason;
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await FindOpenAsync(connection, transaction, channel, conversationId, cancellationToken).ConfigureAwait(false) is { } open)
        {
            await WithRequestAsync(withRequest, open, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return open.Id;
        }

        await using var insert = SqlCommands.Create(connection, transaction, """
            INSERT INTO team_handoffs (channel, conversation_id, customer_key, reason, language, reference_json, status, requested_utc)
            VALUES (@channel, @conversation, @customer, @reason, @language, @reference, @status, @now);
            """,
            ("@channel", channel), ("@conversation", conversationId), ("@customer", customerKey), ("@reason", bounded), ("@language", language),
            ("@reference", referenceJson), ("@status", HandoffStatus.Waiting), ("@now", SqlCommands.ToText(_time.GetUtcNow())));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        var created = (await FindOpenAsync(connection, transaction, channel, conversationId, cancellationToken).ConfigureAwait(false))!;
        await WithRequestAsync(withRequest, created, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    private static Task WithRequestAsync(Func<HandoffRequest, DbTransaction, CancellationToken, Task>? withRequest, HandoffRequest request, DbTransaction transaction, CancellationToken cancellationToken) =>
        withRequest is null ? Task.CompletedTask : withRequest(request, transaction, cancellationToken);

    /// <summary>The open requests (waiting and taken), oldest first.</summary>
    public async Task<IReadOnlyList<HandoffRequest>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null,
            $"SELECT {Columns} FROM team_handoffs WHERE status <> @closed ORDER BY requested_utc, id LIMIT 500;", ("@closed", HandoffStatus.Closed));
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The request numbered <paramref name="id"/>, or null.</summary>
    public async Task<HandoffRequest?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, $"SELECT {Columns} FROM team_handoffs WHERE id = @id;", ("@id", id));
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>The conversation's open request, or null when it is not in the queue.</summary>
    public async Task<HandoffRequest?> FindOpenAsync(string channel, string conversationId, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        return await FindOpenAsync(lease.Connection, null, channel, conversationId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives the waiting request to the agent; false when it is no longer waiting (another agent was quicker, or it was closed).</summary>
    public async Task<bool> TakeAsync(long id, long agentId, string agentName, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            UPDATE team_handoffs SET status = @taken, agent_id = @agent, agent_name = @name, taken_utc = @now
            WHERE id = @id AND status = @waiting;
            """,
            ("@taken", HandoffStatus.Taken), ("@agent", agentId), ("@name", agentName), ("@now", SqlCommands.ToText(_time.GetUtcNow())),
            ("@id", id), ("@waiting", HandoffStatus.Waiting));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Closes the request held by <paramref name="agentId"/> (any holder when null: an admin); false when it is not
    /// taken by them. The bot answers the conversation again from then on.
    /// </summary>
    public async Task<bool> HandBackAsync(long id, long? agentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        // PostgreSQL cannot type a parameter compared only with NULL: the holder's condition is left out for an admin.
        var holder = agentId is null ? string.Empty : " AND agent_id = @agent";
        await using var command = SqlCommands.Create(connection, null,
            $"UPDATE team_handoffs SET status = @closed, closed_utc = @now WHERE id = @id AND status = @taken{holder};",
            ("@closed", HandoffStatus.Closed), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id), ("@taken", HandoffStatus.Taken), ("@agent", agentId ?? 0));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task<HandoffRequest?> FindOpenAsync(DbConnection connection, DbTransaction? transaction, string channel, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction,
            $"SELECT {Columns} FROM team_handoffs WHERE channel = @channel AND conversation_id = @conversation AND status <> @closed;",
            ("@channel", channel), ("@conversation", conversationId), ("@closed", HandoffStatus.Closed));
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<HandoffRequest>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var requests = new List<HandoffRequest>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            requests.Add(new HandoffRequest(
                SqlCommands.Int64(reader, 0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : SqlCommands.Int64(reader, 8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                SqlCommands.FromText(reader.GetString(10)),
                reader.IsDBNull(11) ? null : SqlCommands.FromText(reader.GetString(11))));
        }

        return requests;
    }
}
