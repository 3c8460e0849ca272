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

        // One pooled data source per process, disposed with the host.
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));

        // Resolved lazily so that configuration added later (environment, tests) decides.
        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (options.UsesPostgres)
            {
                return new PostgresStorage(sp.GetRequiredService<NpgsqlDataSource>());
            }

            return string.Equals(options.Provider, "memory", StringComparison.OrdinalIgnoreCase)
                ? new JsonMemoryStorage()
                : new SqliteStorage(new SqliteStorageOptions { DataDirectory = options.DataDirectory, FileName = options.FileName, Synchronous = options.StateSynchronous, MaxDatabaseSizeMegabytes = options.MaxDatabaseSizeMegabytes });
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
