using Majordome.Bot.Data;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Flows.Experiments;

namespace Majordome.Bot.Analytics.Experiments;

/// <summary>
/// Reads an experiment's outcomes from the business database: each assigned customer with their first conversion
/// event at or after the assignment, from the experiment's events (a flow's end, a tag), the orders (not
/// cancelled) or the bookings (still confirmed). The window is applied by <see cref="ExperimentReportBuilder"/>.
/// A customer whose keys are linked counts once, with the first assignment made under any of them, and their
/// events under any of them.
/// </summary>
public sealed class SqlExperimentStore
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store.</summary>
    public SqlExperimentStore(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The outcomes of <paramref name="experiment"/> of the flow <paramref name="flowId"/>.</summary>
    public async Task<IReadOnlyList<ExperimentOutcome>> ReadAsync(string flowId, FlowExperiment experiment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flowId);
        ArgumentNullException.ThrowIfNull(experiment);
        var (first, parameters) = FirstEvent(flowId, experiment.Conversion);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        await using var command = SqlCommands.Create(lease.Connection, null, $"""
            SELECT {CustomerKeyGroupSql.PrimaryOf("a.customer_key")}, a.variant, a.assigned_utc, ({first}) FROM experiment_assignments a
            WHERE a.flow_id = @flow AND a.experiment = @experiment
            ORDER BY a.assigned_utc, a.customer_key;
            """,
            [("@flow", flowId), ("@experiment", experiment.Name), .. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var outcomes = new List<ExperimentOutcome>();
        var counted = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            // One customer once: of the assignments made under their linked keys, the first is the one that holds.
            if (!counted.Add(reader.GetString(0)))
            {
                continue;
            }

            outcomes.Add(new ExperimentOutcome(
                reader.GetString(1),
                SqlCommands.FromText(reader.GetString(2)),
                reader.IsDBNull(3) ? null : SqlCommands.FromText(reader.GetString(3))));
        }

        return outcomes;
    }

    private static (string Sql, (string Name, object? Value)[] Parameters) FirstEvent(string flowId, FlowConversion conversion) => conversion.Event switch
    {
        ConversionEvent.Order => (
            $"SELECT MIN(o.placed_utc) FROM orders o WHERE o.customer_key IN ({CustomerKeyGroupSql.KeysOf("a.customer_key")}) AND o.placed_utc >= a.assigned_utc AND o.status <> @cancelled",
            [("@cancelled", nameof(OrderStatus.Cancelled))]),
        ConversionEvent.Booking => (
            $"SELECT MIN(b.created_utc) FROM bookings b WHERE b.customer_key IN ({CustomerKeyGroupSql.KeysOf("a.customer_key")}) AND b.created_utc >= a.assigned_utc AND b.status = @confirmed",
            [("@confirmed", nameof(BookingStatus.Confirmed))]),
        _ => (
            $"SELECT MIN(e.at_utc) FROM experiment_events e WHERE e.customer_key IN ({CustomerKeyGroupSql.KeysOf("a.customer_key")}) AND e.event = @event AND e.at_utc >= a.assigned_utc",
            [("@event", conversion.Event == ConversionEvent.Tag ? ExperimentEvents.Tag(conversion.Tag!) : ExperimentEvents.End(flowId))]),
    };
}
