using System.Data.Common;
using System.Globalization;

namespace Majordome.Bot.Data;

/// <summary>
/// Brings a database, SQLite or PostgreSQL, to the latest schema: each missing migration runs in its own write
/// transaction (which holds the database's write lock), so two processes starting together cannot apply the
/// same one twice. PostgreSQL's DDL is transactional too, so a failed migration leaves nothing half done.
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
    public static async Task<int> MigrateAsync(BusinessDatabase database, DbConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using (var ledger = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await Execute(connection, ledger, CreateLedger, cancellationToken).ConfigureAwait(false);
            await ledger.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = 0;
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var check = SqlCommands.Create(connection, transaction, "SELECT COUNT(*) FROM schema_migrations WHERE version = @version;", ("@version", migration.Version));
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            await Execute(connection, transaction, migration.SqlFor(database.Kind), cancellationToken).ConfigureAwait(false);
            await using var record = SqlCommands.Create(connection, transaction,
                "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@version, @name, @applied);",
                ("@version", migration.Version), ("@name", migration.Name), ("@applied", SqlCommands.ToText(DateTimeOffset.UtcNow)));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }

        return applied;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
