using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Storage;

/// <summary>
/// A connection of its own, kept open, for the one-value reads made on every turn (whose identity a customer key
/// is), each statement prepared once. A pooled open, its pragmas and the parse of the statement cost more than the
/// indexed read itself, which takes a few microseconds; the state storage keeps its connection for the same
/// reason (<see cref="SqliteStateSession"/>). One read at a time; each is its own snapshot.
/// </summary>
internal sealed class SqlitePreparedReader : IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    /// <summary>Reads through connections of <paramref name="database"/>.</summary>
    internal SqlitePreparedReader(SqliteDatabase database)
    {
        _database = database;
    }

    /// <summary>The first column of the first row <paramref name="sql"/> returns, or null when none (or NULL).</summary>
    internal async Task<object?> ScalarAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _connection ??= await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                command.Prepare();
                _commands[sql] = command;
            }

            foreach (var (name, value) in parameters)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }

            var result = command.ExecuteScalar();
            return result is DBNull ? null : result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The connection may be unusable (file removed, disk error): the next read opens a new one.
            Reset();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the connection; a later read opens a new one.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            Reset();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Reset()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}
