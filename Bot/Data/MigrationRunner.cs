using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Data;

/// <summary>
/// Brings a database to the latest schema: each missing migration runs in its own immediate transaction, so two
/// processes starting together cannot apply the same one twice.
/// </summary>
internal static class MigrationRunner
{
    private const string CreateLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER NOT NULL PRIMARY KEY,
            name        TEXT NOT NULL,
            applied_utc TEXT NOT NULL
        );
        """;

    /// <summary>Applies the migrations the database lacks; returns how many ran.</summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await Execute(connection, null, CreateLedger, cancellationToken);
        var applied = 0;
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = @version;";
            check.Parameters.AddWithValue("@version", migration.Version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await Execute(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@version, @name, @applied);";
            record.Parameters.AddWithValue("@version", migration.Version);
            record.Parameters.AddWithValue("@name", migration.Name);
            record.Parameters.AddWithValue("@applied", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
