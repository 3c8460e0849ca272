using Majordome.Bot.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Health;

/// <summary>
/// Unhealthy when the SQLite file has disappeared while the bot runs (deleted or moved by hand, a volume unmounted).
/// SQLite keeps writing to the open, deleted file without an error, so every order, booking and conversation since
/// would be lost at the next restart: only looking for the file tells. Healthy with PostgreSQL (no file).
/// </summary>
public sealed class DatabaseFileHealthCheck : IHealthCheck
{
    private readonly StorageOptions _options;

    /// <summary>Creates the check on the "Storage" section's file.</summary>
    public DatabaseFileHealthCheck(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_options.UsesPostgres)
        {
            return Task.FromResult(HealthCheckResult.Healthy("PostgreSQL: no database file."));
        }

        var path = Path.GetFullPath(Path.Combine(_options.DataDirectory, _options.FileName));
        return Task.FromResult(File.Exists(path)
            ? HealthCheckResult.Healthy("The database file is in place.")
            : HealthCheckResult.Unhealthy($"The database file {path} is missing: it was deleted or moved while the bot ran, and what is written now will be lost. Restore it and restart the bot."));
    }
}
