using Majordome.Bot.Data;
using Microsoft.Data.Sqlite;

namespace Majordome.Bot.Team;

/// <summary>
/// Appends transcript lines to a SQLite file in groups: the turns whose lines arrive while a commit is under way
/// are written together in the next transaction, by whichever of them comes first, through one connection kept open
/// with its INSERT prepared. Every turn still returns only once its own lines are committed. On every turn a
/// transaction of its own (a pooled open, the statement parsed again, a commit, all at the file's write gate) was a
/// fifth of a SQLite turn's throughput.
/// </summary>
internal sealed class SqliteTranscriptWriter : IDisposable
{
    private const string Insert = TranscriptInsert.Columns + "VALUES (@channel, @conversation, @author, @name, @text, @now);";

    private readonly BusinessDatabase _database;
    private readonly object _queueLock = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private List<PendingAppend> _queue = [];
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;
    private SqliteCommand? _begin;
    private SqliteCommand? _commit;
    private SqliteCommand? _rollback;
    private long _commits;

    /// <summary>Writes to the SQLite file of <paramref name="database"/>.</summary>
    public SqliteTranscriptWriter(BusinessDatabase database)
    {
        _database = database;
    }

    /// <summary>How many transactions committed lines so far.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Appends <paramref name="lines"/> (texts already cut to size) and returns once they are committed.</summary>
    public async Task AppendAsync(string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, string now, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(channel, conversationId, lines, now);
        lock (_queueLock)
        {
            _queue.Add(pending);
        }

        // Whoever holds the writer commits every append queued by then, this one included unless it came too late;
        // an append still queued once the writer is free is written by its own caller.
        while (!pending.Done.Task.IsCompleted)
        {
            await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!pending.Done.Task.IsCompleted)
                {
                    await WriteQueuedAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                _writing.Release();
            }
        }

        await pending.Done.Task.ConfigureAwait(false);
    }

    /// <summary>Closes the kept connection; a later append opens a new one.</summary>
    public void Dispose()
    {
        _writing.Wait();
        try
        {
            Reset();
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task WriteQueuedAsync()
    {
        List<PendingAppend> batch;
        lock (_queueLock)
        {
            batch = _queue;
            _queue = [];
        }

        if (batch.Count == 0)
        {
            return;
        }

        // Not the caller's token: the batch holds other turns' lines, and a commit takes milliseconds.
        try
        {
            await CommitAsync(batch, CancellationToken.None).ConfigureAwait(false);
            batch.ForEach(p => p.Done.TrySetResult());
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One append must not fail the others: each is tried again alone.
            foreach (var pending in batch)
            {
                try
                {
                    await CommitAsync([pending], CancellationToken.None).ConfigureAwait(false);
                    pending.Done.TrySetResult();
                }
                catch (Exception exception)
                {
                    pending.Done.TrySetException(exception);
                }
            }
        }
        catch (Exception exception)
        {
            batch[0].Done.TrySetException(exception);
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingAppend> batch, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = await _database.OpenSqliteConversationConnectionAsync(cancellationToken).ConfigureAwait(false);
            _begin = Prepare("BEGIN IMMEDIATE;");
            _commit = Prepare("COMMIT;");
            _rollback = Prepare("ROLLBACK;");
            _insert = Prepare(Insert, "@channel", "@conversation", "@author", "@name", "@text", "@now");
        }

        // The file's write gate, shared with the state and the business data: this process's writers queue in order.
        using var gate = await _database.EnterSqliteWriteAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _begin!.ExecuteNonQuery();
            foreach (var append in batch)
            {
                foreach (var (author, name, text) in append.Lines)
                {
                    _insert!.Parameters[0].Value = append.Channel;
                    _insert.Parameters[1].Value = append.ConversationId;
                    _insert.Parameters[2].Value = author;
                    _insert.Parameters[3].Value = (object?)name ?? DBNull.Value;
                    _insert.Parameters[4].Value = text;
                    _insert.Parameters[5].Value = append.Now;
                    _insert.ExecuteNonQuery();
                }
            }

            _commit!.ExecuteNonQuery();
            Interlocked.Increment(ref _commits);
        }
        catch
        {
            // The connection may be unusable (file removed, disk full): roll back if it can, and start afresh next time.
            try
            {
                if (_connection?.Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0)
                {
                    _rollback!.ExecuteNonQuery();
                }
            }
            catch (SqliteException)
            {
            }

            Reset();
            throw;
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection!.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private void Reset()
    {
        foreach (var command in new[] { _insert, _begin, _commit, _rollback })
        {
            command?.Dispose();
        }

        _insert = _begin = _commit = _rollback = null;
        _connection?.Dispose();
        _connection = null;
    }

    private sealed class PendingAppend(string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, string now)
    {
        public string Channel { get; } = channel;

        public string ConversationId { get; } = conversationId;

        public IReadOnlyList<(string Author, string? AuthorName, string Text)> Lines { get; } = lines;

        public string Now { get; } = now;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
