using Majordome.Bot.Hosting;
using Majordome.Bot.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Majordome.Bot.Identity;

/// <summary>
/// On PostgreSQL, keeps one connection listening (LISTEN) on the channel where the database announces every change
/// to the identity links (a trigger on <c>identity_links</c>, migration 27, whoever writes), and empties this
/// instance's <see cref="IdentityLinkCache"/> at each. While the connection is lost the cache is off, so lookups
/// read the database: a change is never missed. Does nothing on other storages.
/// </summary>
public sealed partial class IdentityLinkListener : BackgroundService
{
    /// <summary>The channel the trigger notifies.</summary>
    internal const string Channel = "majordome_identity_links";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly IServiceProvider _services;
    private readonly IdentityLinkCache _cache;
    private readonly ILogger<IdentityLinkListener> _logger;

    /// <summary>Creates the listener; the connector is resolved only when the storage is PostgreSQL.</summary>
    public IdentityLinkListener(IServiceProvider services, IdentityLinkCache cache, ILogger<IdentityLinkListener> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(logger);
        _services = services;
        _cache = cache;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres)
        {
            return;
        }

        // The trigger comes with the business schema: migrate before listening, as the first turn would.
        var database = _services.GetRequiredService<Data.BusinessDatabase>();
        var connector = _services.GetRequiredService<PostgresConnector>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await database.EnsureMigratedAsync(stoppingToken).ConfigureAwait(false);
                await ListenAsync(connector, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogLost(e);
                await Task.Delay(ReconnectDelay, stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                _cache.Listening(false);
            }
        }
    }

    // From the LISTEN on every change is heard; what changed before is not kept (the cache starts empty).
    private Task ListenAsync(PostgresConnector connector, CancellationToken cancellationToken) =>
        PostgresNotifications.ListenAsync(connector, Channel, _ => _cache.Changed(), () => _cache.Listening(true), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears identity link changes; every lookup reads the database until it is back")]
    private partial void LogLost(Exception exception);
}
