using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Harness.Crashes;

/// <summary>
/// Reads the bookings and orders a bot process wrote to its SQLite file, from outside the process: the file is in WAL
/// mode, so reading never blocks the bot's writes, and a kill -9 leaves every committed row readable.
/// </summary>
public sealed class BusinessRows : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private BusinessRows(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the database file at <paramref name="path"/> (not pooled, so it can be deleted afterwards).</summary>
    public static async Task<BusinessRows> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return new BusinessRows(connection);
    }

    /// <summary>The references of the customer's confirmed bookings.</summary>
    public Task<IReadOnlyList<string>> BookingReferencesAsync(string customerKey, CancellationToken cancellationToken = default) =>
        ReadAsync("SELECT reference FROM bookings WHERE customer_key = @customer AND status = 'Confirmed' ORDER BY created_utc;", customerKey, cancellationToken);

    /// <summary>The numbers of the customer's orders.</summary>
    public Task<IReadOnlyList<string>> OrderNumbersAsync(string customerKey, CancellationToken cancellationToken = default) =>
        ReadAsync("SELECT number FROM orders WHERE customer_key = @customer ORDER BY number;", customerKey, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task<IReadOnlyList<string>> ReadAsync(string sql, string customerKey, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@customer", customerKey);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
