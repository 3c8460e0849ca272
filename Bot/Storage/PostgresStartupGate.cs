using Microsoft.Extensions.Options;
using Majordome.Bot.Hosting;

namespace Majordome.Bot.Storage;

/// <summary>
/// Runs <see cref="PostgresStartupCheck"/> when the storage is PostgreSQL and nothing otherwise; registered as a
/// hosted service before the others, because the provider is known only once configuration is read.
/// </summary>
internal sealed class PostgresStartupGate(IServiceProvider services) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres
            ? ActivatorUtilities.CreateInstance<PostgresStartupCheck>(services).StartAsync(cancellationToken)
            : Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
