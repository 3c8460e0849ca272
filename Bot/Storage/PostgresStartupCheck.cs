using Npgsql;

namespace Majordome.Bot.Storage;

/// <summary>
/// Checks at start-up, before anything creates a table, that the bot can use its PostgreSQL database: that the
/// database exists (3D000 otherwise) and that the bot's role may create tables in its schema (42501 on PostgreSQL 15
/// and later when the role neither owns the database's <c>public</c> schema nor was granted CREATE on it). A start
/// that cannot go on stops with one line saying what to run, instead of a stack trace from the first migration.
/// </summary>
public sealed partial class PostgresStartupCheck : IHostedService
{
    private const string CanCreate = "SELECT current_user, current_database(), current_schema(), COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false);";
    private const string SeeReadme = "(README: Several instances on PostgreSQL)";

    private readonly PostgresConnector _connector;
    private readonly ILogger<PostgresStartupCheck> _logger;

    /// <summary>Creates the check.</summary>
    public PostgresStartupCheck(PostgresConnector connector, ILogger<PostgresStartupCheck> logger)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(logger);
        _connector = connector;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(_connector.DataSource.ConnectionString);
        var problem = await FindProblemAsync(settings, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            LogCannotStart(_logger, problem);
            throw new PostgresSetupException(problem);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string?> FindProblemAsync(NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(CanCreate, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var (role, database) = (reader.GetString(0), reader.GetString(1));
            if (reader.IsDBNull(2))
            {
                return $"PostgreSQL: role \"{role}\" has no schema to create its tables in, in database \"{database}\" (none of its search_path exists). Fix, as a superuser in that database: CREATE SCHEMA public AUTHORIZATION \"{role}\"; {SeeReadme}";
            }

            var schema = reader.GetString(2);
            return reader.GetBoolean(3)
                ? null
                : $"PostgreSQL: role \"{role}\" may not create tables in schema \"{schema}\" of database \"{database}\" (42501 permission denied; the default on PostgreSQL 15 and later). Fix, as a superuser in that database: ALTER SCHEMA \"{schema}\" OWNER TO \"{role}\"; or GRANT USAGE, CREATE ON SCHEMA \"{schema}\" TO \"{role}\"; {SeeReadme}";
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return $"PostgreSQL: database \"{settings.Database}\" does not exist (3D000). Fix, as a superuser: CREATE DATABASE \"{settings.Database}\" OWNER \"{settings.Username}\"; {SeeReadme}";
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return $"PostgreSQL: role \"{settings.Username}\" may not connect to database \"{settings.Database}\" (42501). Fix, as a superuser: GRANT CONNECT ON DATABASE \"{settings.Database}\" TO \"{settings.Username}\"; {SeeReadme}";
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: {Problem}")]
    private static partial void LogCannotStart(ILogger logger, string problem);
}
