using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Npgsql;

namespace Majordome.Bot.Privacy;

/// <summary>Reads a table's rows as JSON objects named by their columns, whatever engine returned them.</summary>
internal static class SqlRows
{
    /// <summary>The rows of <paramref name="table"/> that <paramref name="filter"/> selects.</summary>
    public static async Task<JsonArray> ReadAsync(DbConnection connection, DbTransaction? transaction, string table, string filter, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadOnceAsync(connection, transaction, table, filter, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.FeatureNotSupported && transaction is null)
        {
            // "Cached plan must not change result type": Npgsql prepares a statement a connection runs often, and a
            // newer instance's migration has since added a column to the table. Npgsql forgets the statement on this
            // error, so it runs again, prepared afresh. (Inside a transaction the error has ended it: the caller's.)
            return await ReadOnceAsync(connection, transaction, table, filter, parameters, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<JsonArray> ReadOnceAsync(DbConnection connection, DbTransaction? transaction, string table, string filter, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        // Table and filter come from CustomerTables' constants, never from input; the values are parameters.
        await using var command = SqlCommands.Create(connection, transaction, $"SELECT * FROM {table} WHERE {filter};", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new JsonArray();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new JsonObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = ValueOf(reader.GetValue(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static JsonNode? ValueOf(object value) => value switch
    {
        DBNull => null,
        long or int or short or byte => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float or decimal => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        bool flag => JsonValue.Create(flag),
        string text => JsonValue.Create(text),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
