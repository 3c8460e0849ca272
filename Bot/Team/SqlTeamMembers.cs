using System.Data.Common;
using System.Security.Cryptography;
using Majordome.Bot.Data;

namespace Majordome.Bot.Team;

/// <summary>The team's accounts in the business database (SQLite or PostgreSQL).</summary>
public sealed class SqlTeamMembers
{
    private const string Columns = "id, username, display_name, role, password_hash, security_stamp, disabled, failed_signins, locked_until_utc";
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlTeamMembers(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>Adds an account; false when the username is taken.</summary>
    public async Task<bool> AddAsync(string username, string displayName, string role, string passwordHash, CancellationToken cancellationToken = default)
    {
        var now = SqlCommands.ToText(_time.GetUtcNow());
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(connection, transaction, "username = @value", TeamUsername.Normalize(username), cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await using var insert = SqlCommands.Create(connection, transaction, """
            INSERT INTO team_members (username, display_name, role, password_hash, security_stamp, disabled, failed_signins, locked_until_utc, created_utc, updated_utc)
            VALUES (@username, @name, @role, @hash, @stamp, 0, 0, NULL, @now, @now);
            """,
            ("@username", TeamUsername.Normalize(username)), ("@name", displayName), ("@role", role), ("@hash", passwordHash), ("@stamp", NewStamp()), ("@now", now));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Adds the account of a person the OpenID Connect provider signed in (no password: the password form never signs
    /// it in), or finds the one a simultaneous first sign-in of the same person just added. Null when
    /// <paramref name="username"/> was taken meanwhile by someone else.
    /// </summary>
    public async Task<TeamMember?> AddExternalAsync(string username, string displayName, string role, string issuer, string subject, CancellationToken cancellationToken = default)
    {
        var now = SqlCommands.ToText(_time.GetUtcNow());
        await using (var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var insert = SqlCommands.Create(connection, null, """
                INSERT INTO team_members (username, display_name, role, password_hash, security_stamp, disabled, failed_signins, locked_until_utc, created_utc, updated_utc, oidc_issuer, oidc_subject)
                VALUES (@username, @name, @role, '', @stamp, 0, 0, NULL, @now, @now, @issuer, @subject)
                ON CONFLICT DO NOTHING;
                """,
                ("@username", TeamUsername.Normalize(username)), ("@name", displayName), ("@role", role), ("@stamp", NewStamp()), ("@now", now), ("@issuer", issuer), ("@subject", subject));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await FindByExternalAsync(issuer, subject, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account of the person <paramref name="issuer"/> names <paramref name="subject"/>, or null.</summary>
    public async Task<TeamMember?> FindByExternalAsync(string issuer, string subject, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(lease.Connection, null, $"SELECT {Columns} FROM team_members WHERE oidc_issuer = @issuer AND oidc_subject = @subject;",
            ("@issuer", issuer), ("@subject", subject));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <summary>
    /// Updates what the provider says of a member at sign-in; <paramref name="newStamp"/> (a role changed) ends their
    /// other sessions. The account as updated.
    /// </summary>
    public async Task<TeamMember?> UpdateExternalAsync(long id, string displayName, string role, bool newStamp, CancellationToken cancellationToken = default)
    {
        await using (var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var command = SqlCommands.Create(connection, null, """
                UPDATE team_members SET display_name = @name, role = @role, security_stamp = COALESCE(@stamp, security_stamp), updated_utc = @now
                WHERE id = @id;
                """,
                ("@name", displayName), ("@role", role), ("@stamp", newStamp ? NewStamp() : null), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await FindByIdAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account named <paramref name="username"/>, or null.</summary>
    public Task<TeamMember?> FindByUsernameAsync(string username, CancellationToken cancellationToken = default) =>
        ReadOneAsync("username = @value", TeamUsername.Normalize(username), cancellationToken);

    /// <summary>The account numbered <paramref name="id"/>, or null.</summary>
    public Task<TeamMember?> FindByIdAsync(long id, CancellationToken cancellationToken = default) =>
        ReadOneAsync("id = @value", id, cancellationToken);

    /// <summary>Every account, by username.</summary>
    public async Task<IReadOnlyList<TeamMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, $"SELECT {Columns} FROM team_members ORDER BY username;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var members = new List<TeamMember>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add(Read(reader));
        }

        return members;
    }

    /// <summary>Disables or enables an account; a new security stamp signs it out everywhere. False when unknown.</summary>
    public Task<bool> SetDisabledAsync(string username, bool disabled, CancellationToken cancellationToken = default) =>
        UpdateAsync("disabled = @flag, security_stamp = @stamp, failed_signins = 0, locked_until_utc = NULL", username, cancellationToken, ("@flag", disabled ? 1 : 0), ("@stamp", NewStamp()));

    /// <summary>Sets a new password hash; signs the account out everywhere and lifts a lockout. False when unknown.</summary>
    public Task<bool> SetPasswordAsync(string username, string passwordHash, CancellationToken cancellationToken = default) =>
        UpdateAsync("password_hash = @hash, security_stamp = @stamp, failed_signins = 0, locked_until_utc = NULL", username, cancellationToken, ("@hash", passwordHash), ("@stamp", NewStamp()));

    /// <summary>Counts a wrong password; at <paramref name="maxFailures"/> in a row the account is locked until <paramref name="lockUntil"/>.</summary>
    public async Task RecordFailureAsync(long id, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken = default)
    {
        // One statement, so two wrong passwords at the same moment both count.
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            UPDATE team_members
            SET failed_signins = failed_signins + 1,
                locked_until_utc = CASE WHEN failed_signins + 1 >= @max THEN @until ELSE locked_until_utc END,
                updated_utc = @now
            WHERE id = @id;
            """,
            ("@max", maxFailures), ("@until", SqlCommands.ToText(lockUntil)), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A successful sign-in: the count of wrong passwords starts again (and the password hash may be upgraded).</summary>
    public async Task RecordSuccessAsync(long id, string? rehashed, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            UPDATE team_members
            SET failed_signins = 0, locked_until_utc = NULL, password_hash = COALESCE(@hash, password_hash), updated_utc = @now
            WHERE id = @id;
            """,
            ("@hash", rehashed), ("@now", SqlCommands.ToText(_time.GetUtcNow())), ("@id", id));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> UpdateAsync(string set, string username, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var connection = await _database.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var parameters = values.Append(("@username", TeamUsername.Normalize(username))).Append(("@now", SqlCommands.ToText(_time.GetUtcNow()))).ToArray();
        await using var command = SqlCommands.Create(connection, null, $"UPDATE team_members SET {set}, updated_utc = @now WHERE username = @username;", parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<TeamMember?> ReadOneAsync(string where, object value, CancellationToken cancellationToken)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(lease.Connection, null, where, value, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<TeamMember?> FindAsync(DbConnection connection, DbTransaction? transaction, string where, object value, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, $"SELECT {Columns} FROM team_members WHERE {where};", ("@value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private static TeamMember Read(DbDataReader reader) => new(
        SqlCommands.Int64(reader, 0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        SqlCommands.Int64(reader, 6) == 1,
        SqlCommands.Int32(reader, 7),
        reader.IsDBNull(8) ? null : SqlCommands.FromText(reader.GetString(8)));

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
