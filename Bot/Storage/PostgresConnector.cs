using Npgsql;
using Polly;
using Polly.Retry;

namespace Majordome.Bot.Storage;

/// <summary>
/// Opens PostgreSQL connections for the bot, waiting and retrying (Polly) while none can be had: the server is out of
/// connection slots (53300 too_many_connections), still starting (57P03), or this instance's pool stayed exhausted
/// for the pool's timeout. A burst of customers then waits a little instead of being told something went wrong.
/// </summary>
public sealed partial class PostgresConnector
{
    private readonly ResiliencePipeline _retry;
    private readonly ILogger<PostgresConnector>? _logger;

    /// <summary>Creates the connector on <paramref name="dataSource"/> (owned by the caller).</summary>
    public PostgresConnector(NpgsqlDataSource dataSource, PostgresPoolOptions? options = null, ILogger<PostgresConnector>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        DataSource = dataSource;
        _logger = logger;
        var retryFor = (options ?? new PostgresPoolOptions()).ConnectRetryFor;
        _retry = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddTimeout(retryFor)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(IsOutOfConnections),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(2),
                MaxRetryAttempts = int.MaxValue,
                OnRetry = args =>
                {
                    if (_logger is not null)
                    {
                        LogWaiting(_logger, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                    }

                    return default;
                },
            })
            .Build();
    }

    /// <summary>The pooled data source.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>An open connection; waits and retries while the server or the pool has none to give.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _retry.ExecuteAsync(static async (source, ct) => await source.OpenConnectionAsync(ct).ConfigureAwait(false), DataSource, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether <paramref name="exception"/> says no connection could be had right now (worth waiting for).</summary>
    public static bool IsOutOfConnections(NpgsqlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow }
            || exception.InnerException is TimeoutException;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No PostgreSQL connection to be had (attempt {Attempt}), waiting: {Reason}. If this lasts, lower Storage:Postgres:MaxPoolSize per instance or raise the server's max_connections")]
    private static partial void LogWaiting(ILogger logger, int attempt, string? reason);
}
