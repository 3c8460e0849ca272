using Majordome.Bot.Data;

namespace Majordome.Bot.Team;

/// <summary>
/// The messages of each conversation (customer, bot, agent) in the business database, so the team reads what was
/// said before the customer asked for them, on any instance, and sees new ones as they come. Bounded per message;
/// purged after <see cref="TeamOptions.TranscriptRetention"/>.
/// </summary>
public sealed class SqlTranscriptStore
{
    /// <summary>The longest text kept per message.</summary>
    public const int MaxTextLength = 4000;

    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlTranscriptStore(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>Appends <paramref name="lines"/> (author, author's name, text) in order, in one transaction.</summary>
    public async Task AppendAsync(string channel, string conversationId, IReadOnlyList<(string Author, string? AuthorName, string Text)> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return;
        }

        var now = SqlCommands.ToText(_time.GetUtcNow());
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var (author, name, text) in lines)
        {
            await using var insert = SqlCommands.Create(connection, transaction, """
                INSERT INTO conversation_messages (channel, conversation_id, author, author_name, text, created_utc)
                VALUES (@channel, @conversation, @author, @name, @text, @now);
                """,
                ("@channel", channel), ("@conversation", conversationId), ("@author", author), ("@name", name),
                ("@text", text.Length > MaxTextLength ? text[..MaxTextLength] : text), ("@now", now));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation's messages after <paramref name="afterId"/> (from the start when 0), oldest first, at most <paramref name="limit"/> of the latest.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(string channel, string conversationId, long afterId = 0, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, """
            SELECT id, author, author_name, text, created_utc FROM conversation_messages
            WHERE channel = @channel AND conversation_id = @conversation AND id > @after
            ORDER BY id DESC LIMIT @limit;
            """,
            ("@channel", channel), ("@conversation", conversationId), ("@after", afterId), ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var lines = new List<TranscriptLine>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lines.Add(new TranscriptLine(SqlCommands.Int64(reader, 0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), SqlCommands.FromText(reader.GetString(4))));
        }

        lines.Reverse();
        return lines;
    }

    /// <summary>Deletes the messages older than <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, "DELETE FROM conversation_messages WHERE created_utc < @before;", ("@before", SqlCommands.ToText(before)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
