using System.Globalization;
using System.Text;
using Majordome.Bot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Npgsql;
using NpgsqlTypes;

namespace Majordome.Bot.DirectLine.Postgres;

/// <summary>
/// Direct Line conversations in the shared PostgreSQL database (tables <c>directline_conversations</c> and
/// <c>directline_activities</c>), so any instance answers any request of any conversation: a reply appended by one
/// is read by the others' polls, and reaches their streams through a notification (<see cref="DirectLineListener"/>).
/// A conversation keeps at most <see cref="DirectLineOptions.MaxHistoryActivities"/> activities and
/// <see cref="DirectLineOptions.MaxHistoryBytes"/> bytes, as in memory; the process-wide caps
/// (<see cref="DirectLineOptions.MaxConversations"/>, <see cref="DirectLineOptions.MaxTotalHistoryBytes"/>) bound one
/// process's memory and do not apply here. Inside a turn, statements run on the connection the turn already holds.
/// </summary>
public sealed class PostgresDirectLineConversations : IDirectLineConversations
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore, DateParseHandling = DateParseHandling.DateTimeOffset };
    private readonly PostgresConnector _connector;
    private readonly DirectLineChangeSignals _signals;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the store; the tables are made at start-up by <see cref="PostgresDirectLineSetup"/>.</summary>
    public PostgresDirectLineConversations(PostgresConnector connector, DirectLineChangeSignals signals, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _connector = connector;
        _signals = signals;
        _options = options;
        _time = time;
    }

    /// <inheritdoc />
    public bool HasRoom => true;

    /// <inheritdoc />
    public async ValueTask<DirectLineStartResult> StartAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var created = await RunAsync(
            async connection =>
            {
                await using var command = Command(PostgresDirectLineSql.Start, connection, conversationId);
                command.Parameters.Add(Now());
                return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            },
            cancellationToken).ConfigureAwait(false);
        return created ? DirectLineStartResult.Created : DirectLineStartResult.Existing;
    }

    /// <inheritdoc />
    public ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default) =>
        RunAsync(
            async connection =>
            {
                await using var command = Command(PostgresDirectLineSql.Exists, connection, conversationId);
                return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            },
            cancellationToken);

    /// <inheritdoc />
    public ValueTask<string?> PinUserAsync(string conversationId, string? proposed, CancellationToken cancellationToken = default) =>
        RunAsync(
            async connection =>
            {
                await using var command = Command(PostgresDirectLineSql.PinUser, connection, conversationId);
                command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Text) { Value = proposed ?? DirectLineConversationStore.NewUserId() });
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            },
            cancellationToken);

    /// <inheritdoc />
    public async ValueTask<string> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);

        // Stored without its id, which is made of the sequence number the database gives it.
        activity.Id = null;
        var json = JsonConvert.SerializeObject(activity, Json);
        var bytes = Encoding.UTF8.GetByteCount(json);
        var options = _options.Value;
        var sequence = await RunAsync(
            async connection =>
            {
                int seq;
                bool overCaps;
                await using (var append = Command(PostgresDirectLineSql.Append, connection, conversationId))
                {
                    append.Parameters.Add(Now());
                    append.Parameters.Add(new NpgsqlParameter("activity", NpgsqlDbType.Text) { Value = json });
                    append.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Integer) { Value = bytes });
                    append.Parameters.Add(new NpgsqlParameter("channel", NpgsqlDbType.Text) { Value = PostgresDirectLineSql.Channel });
                    await using var reader = await append.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return (int?)null;
                    }

                    seq = reader.GetInt32(0);
                    overCaps = reader.GetInt32(1) > options.MaxHistoryActivities || reader.GetInt64(2) > options.MaxHistoryBytes;
                }

                if (overCaps)
                {
                    await using var trim = Command(PostgresDirectLineSql.Trim, connection, conversationId);
                    trim.Parameters.Add(new NpgsqlParameter("maxCount", NpgsqlDbType.Integer) { Value = options.MaxHistoryActivities });
                    trim.Parameters.Add(new NpgsqlParameter("maxBytes", NpgsqlDbType.Bigint) { Value = options.MaxHistoryBytes });
                    await trim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return seq;
            },
            cancellationToken).ConfigureAwait(false);
        if (sequence is not { } appended)
        {
            throw new KeyNotFoundException($"Unknown Direct Line conversation {conversationId}.");
        }

        activity.Id = ActivityId(conversationId, appended);
        return activity.Id;
    }

    /// <inheritdoc />
    public async ValueTask<DirectLineRead?> ReadAsync(string conversationId, int? watermark, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);

        // Taken before reading: a change committed after the read still wakes the stream.
        var changed = _signals.Next(conversationId);
        var read = await RunAsync(
            async connection =>
            {
                await using var command = Command(PostgresDirectLineSql.Read, connection, conversationId);
                command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Integer) { Value = watermark ?? -1 });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                int? next = null;
                var activities = new List<Activity>();
                var last = -1;
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    next = reader.GetInt32(0);
                    if (reader.IsDBNull(1))
                    {
                        continue;
                    }

                    last = reader.GetInt32(1);
                    var activity = JsonConvert.DeserializeObject<Activity>(reader.GetString(2), Json)!;
                    activity.Id = ActivityId(conversationId, last);
                    activities.Add(activity);
                }

                return (Next: next, Activities: activities, Last: last);
            },
            cancellationToken).ConfigureAwait(false);
        if (read.Next is not { } nextSequence)
        {
            return null;
        }

        // Watermarks are sequence numbers, as in memory: the last activity returned, else the one given.
        int? newWatermark = read.Activities.Count > 0 ? read.Last : watermark ?? (nextSequence == 0 ? null : nextSequence - 1);
        return new DirectLineRead(read.Activities, newWatermark, changed, CancellationToken.None, nextSequence);
    }

    /// <inheritdoc />
    public ValueTask<int?> NextSequenceAsync(string conversationId, CancellationToken cancellationToken = default) =>
        RunAsync(
            async connection =>
            {
                await using var command = Command(PostgresDirectLineSql.NextSequence, connection, conversationId);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int next ? next : (int?)null;
            },
            cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken = default) =>
        RunAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(PostgresDirectLineSql.RemoveIdle, connection);
                command.Parameters.Add(new NpgsqlParameter("idle", NpgsqlDbType.TimestampTz) { Value = idleSince.UtcDateTime });
                command.Parameters.Add(new NpgsqlParameter("channel", NpgsqlDbType.Text) { Value = PostgresDirectLineSql.Channel });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var removed = 0;
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    removed++;
                }

                return removed;
            },
            cancellationToken);

    private static string ActivityId(string conversationId, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, string conversationId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = conversationId });
        return command;
    }

    private NpgsqlParameter Now() => new("now", NpgsqlDbType.TimestampTz) { Value = _time.GetUtcNow().UtcDateTime };

    /// <summary>Runs <paramref name="work"/> on the connection the turn holds when it lent one, else on a pooled one.</summary>
    private async ValueTask<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        if (TurnConnection.Current is { } turn)
        {
            var (ran, result) = await turn.TryRunAsync(work, cancellationToken).ConfigureAwait(false);
            if (ran)
            {
                return result;
            }
        }

        await using var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }
}
