using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Data;

/// <summary>
/// The experiments' assignments and conversion events in the business database (tables experiment_assignments
/// and experiment_events): the first assignment of a customer holds, whatever instance made it.
/// </summary>
public sealed class SqlFlowExperimentLog : IFlowExperimentLog
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the log.</summary>
    public SqlFlowExperimentLog(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A customer whose keys were linked (a Messenger customer who followed a link from Web Chat) keeps the first
    /// assignment made under any of their keys: the one made on the other channel before the link holds, and no
    /// second one is stored for them.
    /// </remarks>
    public async Task<StoredAssignment> AssignAsync(ExperimentAssignment proposed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        (string, object?)[] parameters =
        [
            ("@flow", proposed.FlowId), ("@experiment", proposed.Experiment), ("@customer", proposed.CustomerKey),
            ("@variant", proposed.Variant), ("@at", SqlCommands.ToText(proposed.AssignedAt)),
        ];
        var ofTheCustomer = $"flow_id = @flow AND experiment = @experiment AND customer_key IN ({CustomerKeyGroupSql.KeysOf("@customer")})";
        int inserted;

        // Two instances assigning the same customer at once: the key keeps one row, and both read it back.
        await using (var insert = SqlCommands.Create(connection, null, $"""
            INSERT INTO experiment_assignments (flow_id, experiment, customer_key, variant, assigned_utc)
            SELECT @flow, @experiment, @customer, @variant, @at
            WHERE NOT EXISTS (SELECT 1 FROM experiment_assignments WHERE {ofTheCustomer})
            ON CONFLICT (flow_id, experiment, customer_key) DO NOTHING;
            """, parameters))
        {
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (inserted == 1)
        {
            return new StoredAssignment(proposed, IsNew: true);
        }

        await using var select = SqlCommands.Create(connection, null,
            $"SELECT variant, assigned_utc FROM experiment_assignments WHERE {ofTheCustomer} ORDER BY assigned_utc, customer_key;", parameters);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The experiment assignment was neither inserted nor found.");
        }

        return new StoredAssignment(proposed with { Variant = reader.GetString(0), AssignedAt = SqlCommands.FromText(reader.GetString(1)) }, IsNew: false);
    }

    /// <inheritdoc />
    public async Task RecordEventAsync(string customerKey, string eventName, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        await using var lease = await _database.BorrowAsync(cancellationToken);

        // Kept only for a customer in some experiment, under any of their linked keys: the table never holds what no
        // report reads, and a customer assigned on another channel before linking it still converts.
        await using var command = SqlCommands.Create(lease.Connection, null, $"""
            INSERT INTO experiment_events (customer_key, event, at_utc)
            SELECT @customer, @event, @at WHERE EXISTS (SELECT 1 FROM experiment_assignments WHERE customer_key IN ({CustomerKeyGroupSql.KeysOf("@customer")}));
            """,
            ("@customer", customerKey), ("@event", eventName), ("@at", SqlCommands.ToText(at)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
