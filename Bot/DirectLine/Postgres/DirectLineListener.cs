using Majordome.Bot.Hosting;
using Majordome.Bot.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Majordome.Bot.DirectLine.Postgres;

/// <summary>
/// On PostgreSQL, keeps one connection of this instance's pool listening (LISTEN) on the channel where every
/// instance announces the Direct Line conversations it changed, and wakes this instance's streams of those
/// conversations (<see cref="DirectLineChangeSignals"/>). A lost connection is opened again; meanwhile and after,
/// streams read the database from their watermark, so nothing is missed, only delayed. Does nothing on other storages.
/// </summary>
public sealed partial class DirectLineListener : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly IServiceProvider _services;
    private readonly DirectLineChangeSignals _signals;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineListener> _logger;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the listener; the connector is resolved only when the storage is PostgreSQL.</summary>
    public DirectLineListener(IServiceProvider services, DirectLineChangeSignals signals, TimeProvider time, ILogger<DirectLineListener> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _services = services;
        _signals = signals;
        _time = time;
        _logger = logger;
    }

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres)
        {
            return;
        }

        var connector = _services.GetRequiredService<PostgresConnector>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connector, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogLost(e);
                _signals.ChangedAll();
                await Task.Delay(ReconnectDelay, _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    // What changed while nobody here listened is read once listening, from each stream's watermark.
    private Task ListenAsync(PostgresConnector connector, CancellationToken cancellationToken) =>
        PostgresNotifications.ListenAsync(connector, PostgresDirectLineSql.Channel, _signals.Changed, () =>
        {
            _signals.ChangedAll();
            _listening.TrySetResult();
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears Direct Line changes from other instances; reconnecting (streams catch up from their watermark once it is back)")]
    private partial void LogLost(Exception exception);
}
