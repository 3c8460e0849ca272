using Majordome.Bot.Data;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Majordome.Bot.Team;

/// <summary>
/// Finds the requests nobody took within <see cref="TeamOptions.AnswerWithin"/> (still waiting, no contact left, not
/// told yet) and tells each customer on their own channel: a bot turn runs there for a <c>teamLate</c> event, so the
/// bot says nobody is free yet (or when the team is back) and offers to take an email or phone number. Each request
/// is marked before its customer is told, by a conditional UPDATE, so of several instances exactly one tells them,
/// once.
/// </summary>
public sealed partial class TeamLateCheck
{
    private readonly BusinessDatabase _database;
    private readonly SqlHandoffQueue _queue;
    private readonly IReadOnlyDictionary<string, ITeamConversationChannel> _channels;
    private readonly IOptions<TeamOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamLateCheck> _logger;

    /// <summary>Creates the check.</summary>
    public TeamLateCheck(BusinessDatabase database, SqlHandoffQueue queue, IEnumerable<ITeamConversationChannel> channels, IOptions<TeamOptions> options, TimeProvider time, ILogger<TeamLateCheck> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _queue = queue;
        _channels = channels.ToDictionary(c => c.ChannelId, StringComparer.Ordinal);
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Tells the customers whose requests are overdue now; returns how many were told.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var told = 0;
        foreach (var id in await OverdueAsync(now - _options.Value.AnswerWithin, cancellationToken).ConfigureAwait(false))
        {
            if (!await MarkAsync(id, now, cancellationToken).ConfigureAwait(false)
                || await _queue.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { Status: HandoffStatus.Waiting } request
                || !_channels.TryGetValue(request.Channel, out var channel))
            {
                continue;
            }

            var reference = JsonConvert.DeserializeObject<ConversationReference>(request.ReferenceJson)!;
            var late = reference.GetContinuationActivity();
            late.Type = ActivityTypes.Event;
            late.Name = ConversationStart.TeamLateEventName;
            late.Id = $"team-late-{request.Id}";
            late.Locale = Languages.LocaleOf(request.Language);
            try
            {
                if (await channel.RunBotTurnAsync(reference, late, cancellationToken).ConfigureAwait(false))
                {
                    told++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Marked already: this customer is not told twice; the team still sees the request in the queue.
                LogNotTold(exception, request.Id);
            }
        }

        return told;
    }

    private async Task<IReadOnlyList<long>> OverdueAsync(DateTimeOffset requestedBefore, CancellationToken cancellationToken)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, """
            SELECT id FROM team_handoffs
            WHERE status = @waiting AND late_notice_utc IS NULL AND consent_utc IS NULL AND requested_utc <= @before
            ORDER BY requested_utc LIMIT 100;
            """, ("@waiting", HandoffStatus.Waiting), ("@before", SqlCommands.ToText(requestedBefore)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(SqlCommands.Int64(reader, 0));
        }

        return ids;
    }

    private async Task<bool> MarkAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            "UPDATE team_handoffs SET late_notice_utc = @now WHERE id = @id AND late_notice_utc IS NULL AND status = @waiting;",
            ("@now", SqlCommands.ToText(now)), ("@id", id), ("@waiting", HandoffStatus.Waiting));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the customer of request {RequestId} that nobody is free yet")]
    private partial void LogNotTold(Exception exception, long requestId);
}
