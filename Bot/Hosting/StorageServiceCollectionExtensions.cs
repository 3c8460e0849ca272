using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the <see cref="IStorage"/> chosen in the "Storage" section.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the storage: a SQLite file by default, PostgreSQL, or memory.</summary>
    public static IServiceCollection AddMajordomeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !o.UsesPostgres || IsValidConnectionString(o.ConnectionString), "Storage:ConnectionString must be a valid PostgreSQL connection string with a Host when Storage:Provider is \"Postgres\".")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageDirectoryValidation>();

        services.AddOptions<PostgresPoolOptions>().BindConfiguration(PostgresPoolOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // One pooled data source per process, disposed with the host, no larger than the instance's share of the server.
        services.AddSingleton(sp => NpgsqlDataSource.Create(PostgresPoolSize.Apply(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
            sp.GetRequiredService<IOptions<PostgresPoolOptions>>().Value)));
        services.AddSingleton(sp => new PostgresConnector(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<IOptions<PostgresPoolOptions>>().Value,
            sp.GetRequiredService<ILogger<PostgresConnector>>()));

        // First of the hosted services: a database that is missing or not writable stops the start with its fix.
        services.AddHostedService(sp => new PostgresStartupGate(sp));

        // SQLite's write-ahead log is copied into the file here, in the background, not by the commit of some turn.
        // Business data is on SQLite whenever the provider is not PostgreSQL (the Memory provider keeps only state in memory).
        services.AddHostedService(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var file = options.UsesPostgres ? null : new SqliteStorageOptions { DataDirectory = options.DataDirectory, FileName = options.FileName };
            return new SqliteCheckpointService(file, options.CheckpointInterval, sp.GetRequiredService<ILogger<SqliteCheckpointService>>());
        });

        // Resolved lazily so that configuration added later (environment, tests) decides.
        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (options.UsesPostgres)
            {
                return new PostgresStorage(sp.GetRequiredService<PostgresConnector>());
            }

            return string.Equals(options.Provider, "memory", StringComparison.OrdinalIgnoreCase)
                ? new JsonMemoryStorage()
                : new SqliteStorage(new SqliteStorageOptions { DataDirectory = options.DataDirectory, FileName = options.FileName, Synchronous = options.StateSynchronous, MaxDatabaseSizeMegabytes = options.MaxDatabaseSizeMegabytes, CheckpointInBackground = true });
        });
        return services;
    }

    private static bool IsValidConnectionString(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
