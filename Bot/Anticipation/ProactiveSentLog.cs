using Majordome.Bot.Data;

namespace Majordome.Bot.Anticipation;

/// <summary>When the customer was last sent a proactive message (of any route, or one route's outcome), for the pace and token frequency.</summary>
public sealed class ProactiveSentLog
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the log over the jobs table.</summary>
    public ProactiveSentLog(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The last instant a message was sent to <paramref name="customerKey"/> (with <paramref name="outcome"/> when given), or null.</summary>
    public async Task<DateTimeOffset?> LastSentAsync(string customerKey, string? outcome, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerKey);
        var ofOutcome = outcome is null ? string.Empty : " AND outcome = @outcome";
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT MAX(updated_utc) FROM proactive_jobs WHERE customer_key = @customer AND status = 'Sent'{ofOutcome};",
            ("@customer", customerKey), ("@outcome", outcome));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string text ? SqlCommands.FromText(text) : null;
    }
}
