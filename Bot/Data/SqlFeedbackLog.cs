using Majordome.Dialogs.Knowledge;

namespace Majordome.Bot.Data;

/// <summary>
/// Records in the business database what customers told the bot: whether FAQ answers helped, the questions it
/// could not answer, and requests for a person. The marketer reads them to improve the FAQ.
/// </summary>
public sealed class SqlFeedbackLog : IFeedbackLog
{
    private const int MaxQuestionLength = 1000;
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the log.</summary>
    public SqlFeedbackLog(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public Task RecordAnswerFeedbackAsync(string customerKey, string entryId, string question, string language, bool helpful, CancellationToken cancellationToken = default) =>
        InsertAsync("answer", customerKey, language, question, entryId, helpful, cancellationToken);

    /// <inheritdoc />
    public Task RecordUnansweredAsync(string customerKey, string question, string language, CancellationToken cancellationToken = default) =>
        InsertAsync("unanswered", customerKey, language, question, null, null, cancellationToken);

    /// <inheritdoc />
    public Task RecordHumanRequestAsync(string customerKey, string? question, string language, CancellationToken cancellationToken = default) =>
        InsertAsync("human", customerKey, language, question, null, null, cancellationToken);

    /// <summary>The most recent records of a kind ("answer", "unanswered", "human"), newest first.</summary>
    public async Task<IReadOnlyList<(string CustomerKey, string? Question, string? EntryId, bool? Helpful)>> ReadAsync(string kind, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null,
            "SELECT customer_key, question, entry_id, helpful FROM customer_feedback WHERE kind = @kind ORDER BY id DESC LIMIT @limit;",
            ("@kind", kind), ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, string?, string?, bool?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : SqlCommands.Int64(reader, 3) == 1));
        }

        return rows;
    }

    private async Task InsertAsync(string kind, string customerKey, string language, string? question, string? entryId, bool? helpful, CancellationToken cancellationToken)
    {
        // A question is the customer's own text: keep it bounded so one huge message cannot bloat the table.
        var bounded = question is { Length: > MaxQuestionLength } ? question[..MaxQuestionLength] : question;
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO customer_feedback (kind, customer_key, language, question, entry_id, helpful, created_utc)
            VALUES (@kind, @customer, @language, @question, @entry, @helpful, @created);
            """,
            ("@kind", kind), ("@customer", customerKey), ("@language", language), ("@question", bounded), ("@entry", entryId),
            ("@helpful", helpful is null ? null : helpful.Value ? 1 : 0), ("@created", SqlCommands.ToText(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
