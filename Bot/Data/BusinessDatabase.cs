using Majordome.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Data;

/// <summary>
/// The SQLite file that holds the business data (stock, orders, bookings), migrated on first use. It can be the
/// same file as the conversation state: the tables do not overlap.
/// </summary>
public sealed class BusinessDatabase
{
    private readonly SqliteDatabase _database;

    /// <summary>Opens the database described by the storage options.</summary>
    public BusinessDatabase(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options.ToConnectionString(), (connection, ct) => MigrationRunner.MigrateAsync(connection, BusinessMigrations.All, ct));
    }

    /// <summary>An open connection to the migrated database; dispose it when done.</summary>
    internal Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);

    /// <summary>
    /// Starts a transaction that takes the write lock at once (BEGIN IMMEDIATE): check-then-write sequences such as
    /// "are there seats left? then book" cannot interleave with another connection's, in this process or another.
    /// </summary>
    internal static SqliteTransaction BeginWrite(SqliteConnection connection) => connection.BeginTransaction(deferred: false);
}
