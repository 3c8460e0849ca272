using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Storage;

/// <summary>
/// The state storage's own connection and its statements, prepared once. Opening a pooled connection, setting its
/// pragmas and parsing each statement again cost more than the read or write itself; and a connection that stays
/// open keeps its page cache, which SQLite empties whenever another connection of the same file writes.
/// Not thread-safe: <see cref="SqliteStorage"/> lets one operation at a time use it.
/// </summary>
internal sealed class SqliteStateSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _beginImmediate;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;
    private readonly SqliteCommand _selectDocument;
    private readonly SqliteCommand _selectTwoDocuments;
    private readonly SqliteCommand _selectETag;
    private readonly SqliteCommand _updateIfETag;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;

    private SqliteStateSession(SqliteConnection connection)
    {
        _connection = connection;
        _begin = Prepare("BEGIN DEFERRED;");
        _beginImmediate = Prepare("BEGIN IMMEDIATE;");
        _commit = Prepare("COMMIT;");
        _rollback = Prepare("ROLLBACK;");
        _selectDocument = Prepare(SqliteStorageSql.SelectDocument, "@key");
        _selectTwoDocuments = Prepare(SqliteStorageSql.SelectTwoDocuments, "@first", "@second");
        _selectETag = Prepare(SqliteStorageSql.SelectETag, "@key");
        _updateIfETag = Prepare(SqliteStorageSql.UpdateIfETag, "@key", "@expected", "@etag", "@document", "@updated");
        _upsert = Prepare(SqliteStorageSql.Upsert, "@key", "@etag", "@document", "@updated");
        _delete = Prepare(SqliteStorageSql.Delete, "@key");
    }

    /// <summary>Opens the session's connection (creating the file and table the first time).</summary>
    internal static async Task<SqliteStateSession> OpenAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new SqliteStateSession(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads the documents of <paramref name="keys"/> that exist, from one snapshot.</summary>
    internal Dictionary<string, string> Read(IReadOnlyList<string> keys)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);

        // One or two keys (a turn reads the conversation's and the customer's documents) take one statement, which
        // is its own snapshot: no BEGIN and COMMIT around it.
        switch (keys.Count)
        {
            case 1:
                _selectDocument.Parameters[0].Value = keys[0];
                if (_selectDocument.ExecuteScalar() is string json)
                {
                    found[keys[0]] = json;
                }

                break;
            case 2:
                _selectTwoDocuments.Parameters[0].Value = keys[0];
                _selectTwoDocuments.Parameters[1].Value = keys[1];
                using (var reader = _selectTwoDocuments.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        found[reader.GetString(0)] = reader.GetString(1);
                    }
                }

                break;
            default:
                InTransaction(_begin, () =>
                {
                    foreach (var key in keys)
                    {
                        _selectDocument.Parameters[0].Value = key;
                        if (_selectDocument.ExecuteScalar() is string json)
                        {
                            found[key] = json;
                        }
                    }
                });
                break;
        }

        return found;
    }

    /// <summary>
    /// Saves every write in one transaction, or none when an ETag is stale. BEGIN IMMEDIATE takes the file's write
    /// lock before the first ETag is read, so check-then-write is atomic for every connection and process.
    /// </summary>
    /// <param name="writes">The documents.</param>
    /// <param name="updatedUtc">Their time of update.</param>
    /// <param name="along">Statements to write in the same transaction after the documents, if they can be.</param>
    /// <returns>True when <paramref name="along"/> was written (it then commits with the documents).</returns>
    /// <exception cref="StorageConcurrencyException">An item's ETag differs from the stored one.</exception>
    internal bool Write(IReadOnlyList<PendingWrite> writes, string updatedUtc, IWrittenWithLastSave? along = null)
    {
        var alongWritten = false;
        InTransaction(_beginImmediate, () =>
        {
            WriteDocuments(writes, updatedUtc);
            alongWritten = along?.WriteInTransaction(_connection) ?? false;
        });
        return alongWritten;
    }

    private void WriteDocuments(IReadOnlyList<PendingWrite> writes, string updatedUtc)
    {
        foreach (var write in writes)
        {
            // The usual case, a document saved with the ETag it was read with, is one statement: update it if the
            // ETag still matches. Only when nothing matched is the stored ETag read, to tell a conflict from a
            // document deleted meanwhile (which the turn may recreate, as Bot Framework's MemoryStorage allows).
            if (write.ExpectedETag is { } expected)
            {
                _updateIfETag.Parameters[0].Value = write.Key;
                _updateIfETag.Parameters[1].Value = expected;
                _updateIfETag.Parameters[2].Value = write.NewETag;
                _updateIfETag.Parameters[3].Value = write.Document;
                _updateIfETag.Parameters[4].Value = updatedUtc;
                if (_updateIfETag.ExecuteNonQuery() == 1)
                {
                    continue;
                }

                _selectETag.Parameters[0].Value = write.Key;
                write.ThrowIfConflict(_selectETag.ExecuteScalar() as string);
            }

            _upsert.Parameters[0].Value = write.Key;
            _upsert.Parameters[1].Value = write.NewETag;
            _upsert.Parameters[2].Value = write.Document;
            _upsert.Parameters[3].Value = updatedUtc;
            _upsert.ExecuteNonQuery();
        }
    }

    /// <summary>Removes the items of <paramref name="keys"/> in one transaction.</summary>
    internal void Delete(IEnumerable<string> keys) => InTransaction(_beginImmediate, () =>
    {
        foreach (var key in keys)
        {
            _delete.Parameters[0].Value = key;
            _delete.ExecuteNonQuery();
        }
    });

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in new[] { _begin, _beginImmediate, _commit, _rollback, _selectDocument, _selectTwoDocuments, _selectETag, _updateIfETag, _upsert, _delete })
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private void InTransaction(SqliteCommand begin, Action work)
    {
        begin.ExecuteNonQuery();
        try
        {
            work();
            _commit.ExecuteNonQuery();
        }
        catch
        {
            // A conflict or a failed statement: nothing of the batch is kept. On SQLITE_FULL or an I/O error SQLite
            // has already rolled back, and a second ROLLBACK would replace the reason with "cannot rollback - no
            // transaction is active". If even the rollback fails, the storage drops this session and the next
            // operation opens a new connection.
            if (InTransaction())
            {
                _rollback.ExecuteNonQuery();
            }

            throw;
        }
    }

    /// <summary>Whether a transaction is open on the connection (SQLite is not in autocommit mode).</summary>
    private bool InTransaction() => SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0;

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }
}
