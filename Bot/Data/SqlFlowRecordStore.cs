using Majordome.Dialogs.Flows.Actions;

namespace Majordome.Bot.Data;

/// <summary>
/// Keeps the leads and survey answers customers leave in flows (tables flow_leads and flow_survey_answers of the
/// business database), for the marketer to export. A lead keeps the exact consent text the customer saw.
/// </summary>
public sealed class SqlFlowRecordStore : IFlowRecordStore
{
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store.</summary>
    public SqlFlowRecordStore(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public async Task RecordLeadAsync(Lead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO flow_leads (flow_id, customer_key, email, phone, name, consent, consent_text, language, recorded_utc)
            VALUES (@flow, @customer, @email, @phone, @name, @consent, @text, @language, @recorded);
            """,
            ("@flow", lead.FlowId), ("@customer", lead.CustomerKey), ("@email", lead.Email), ("@phone", lead.Phone), ("@name", lead.Name),
            ("@consent", lead.Consent ? 1 : 0), ("@text", lead.ConsentText), ("@language", lead.Language), ("@recorded", SqlCommands.ToText(lead.RecordedAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordSurveyAsync(SurveyAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO flow_survey_answers (flow_id, customer_key, rating, comment, language, recorded_utc)
            VALUES (@flow, @customer, @rating, @comment, @language, @recorded);
            """,
            ("@flow", answer.FlowId), ("@customer", answer.CustomerKey), ("@rating", answer.Rating), ("@comment", answer.Comment),
            ("@language", answer.Language), ("@recorded", SqlCommands.ToText(answer.RecordedAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The leads of <paramref name="flowId"/>, oldest first (for the marketer's export and for tests).</summary>
    public async Task<IReadOnlyList<Lead>> ReadLeadsAsync(string flowId, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null,
            "SELECT flow_id, customer_key, email, phone, name, consent, consent_text, language, recorded_utc FROM flow_leads WHERE flow_id = @flow ORDER BY id;",
            ("@flow", flowId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var leads = new List<Lead>();
        while (await reader.ReadAsync(cancellationToken))
        {
            leads.Add(new Lead(reader.GetString(0), reader.GetString(1), NullableText(reader, 2), NullableText(reader, 3), NullableText(reader, 4),
                SqlCommands.Int64(reader, 5) == 1, reader.GetString(6), reader.GetString(7), SqlCommands.FromText(reader.GetString(8))));
        }

        return leads;
    }

    /// <summary>The survey answers of <paramref name="flowId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<SurveyAnswer>> ReadSurveyAnswersAsync(string flowId, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null,
            "SELECT flow_id, customer_key, rating, comment, language, recorded_utc FROM flow_survey_answers WHERE flow_id = @flow ORDER BY id;",
            ("@flow", flowId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<SurveyAnswer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(new SurveyAnswer(reader.GetString(0), reader.GetString(1), SqlCommands.Int32(reader, 2), NullableText(reader, 3),
                reader.GetString(4), SqlCommands.FromText(reader.GetString(5))));
        }

        return answers;
    }

    private static string? NullableText(System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
