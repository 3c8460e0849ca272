using Majordome.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the <see cref="IStorage"/> chosen in the "Storage" section.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the storage: a SQLite file by default, or memory.</summary>
    public static IServiceCollection AddMajordomeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Resolved lazily so that configuration added later (environment, tests) decides.
        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.Equals(options.Provider, "memory", StringComparison.OrdinalIgnoreCase)
                ? new JsonMemoryStorage()
                : new SqliteStorage(new SqliteStorageOptions { DataDirectory = options.DataDirectory, FileName = options.FileName });
        });
        return services;
    }
}
