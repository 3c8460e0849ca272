using System.Data.Common;
using Majordome.Bot.Data;

namespace Majordome.Bot.Messenger.OptIns;

/// <summary>
/// The customers' marketing-messages and one-time-notification tokens in the business database (table
/// <c>messenger_optins</c>, one row per token). A later event for the same token (STOP or RESUME, a refreshed
/// token) updates its row, keeping what the later event leaves out; nothing is sent from here.
/// </summary>
public sealed class SqlMessengerOptIns
{
    private const string Columns = "channel_id, account_id, user_id, kind, token, topic, title, frequency, time_zone, expires_utc, active, token_status, updated_utc";
    private readonly BusinessDatabase _database;

    /// <summary>Creates the store.</summary>
    public SqlMessengerOptIns(BusinessDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Records <paramref name="optIn"/>, or applies it to the row of its token.</summary>
    public async Task RecordAsync(MessengerOptIn optIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(optIn);
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, $"""
            INSERT INTO messenger_optins ({Columns})
            VALUES (@channel, @account, @user, @kind, @token, @topic, @title, @frequency, @zone, @expires, @active, @status, @updated)
            ON CONFLICT (channel_id, account_id, token) DO UPDATE SET
                topic = COALESCE(excluded.topic, messenger_optins.topic),
                title = COALESCE(excluded.title, messenger_optins.title),
                frequency = COALESCE(excluded.frequency, messenger_optins.frequency),
                time_zone = COALESCE(excluded.time_zone, messenger_optins.time_zone),
                expires_utc = COALESCE(excluded.expires_utc, messenger_optins.expires_utc),
                active = excluded.active,
                token_status = COALESCE(excluded.token_status, messenger_optins.token_status),
                updated_utc = excluded.updated_utc;
            """,
            ("@channel", optIn.Thread.ChannelId),
            ("@account", optIn.Thread.AccountId),
            ("@user", optIn.Thread.UserId),
            ("@kind", optIn.Kind.ToString()),
            ("@token", optIn.Token),
            ("@topic", optIn.Topic),
            ("@title", optIn.Title),
            ("@frequency", optIn.Frequency),
            ("@zone", optIn.TimeZone),
            ("@expires", optIn.ExpiresAt is { } expires ? SqlCommands.ToText(expires) : null),
            ("@active", optIn.Active ? 1 : 0),
            ("@status", optIn.TokenStatus),
            ("@updated", SqlCommands.ToText(optIn.RecordedAt)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The consents of one customer on one Page or Instagram account, oldest first.</summary>
    public async Task<IReadOnlyList<MessengerOptIn>> ForCustomerAsync(MessengerThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {Columns} FROM messenger_optins WHERE channel_id = @channel AND account_id = @account AND user_id = @user ORDER BY updated_utc, token;",
            ("@channel", thread.ChannelId), ("@account", thread.AccountId), ("@user", thread.UserId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<MessengerOptIn>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader, thread));
        }

        return result;
    }

    private static MessengerOptIn Read(DbDataReader reader, MessengerThread thread) => new(
        thread,
        Enum.Parse<MessengerOptInKind>(reader.GetString(3)),
        reader.GetString(4),
        Text(reader, 5),
        Text(reader, 6),
        Text(reader, 7),
        Text(reader, 8),
        Text(reader, 9) is { } expires ? SqlCommands.FromText(expires) : null,
        SqlCommands.Int32(reader, 10) != 0,
        Text(reader, 11),
        SqlCommands.FromText(reader.GetString(12)));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
