using Majordome.Bot.Hosting;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bench.Micro;

/// <summary>
/// The bot's services as the host registers them (shipped appsettings.json, brand/), state in memory, or in the
/// storage that MAJORDOME_BENCH_STORAGE (or <c>provider</c>) names (<c>Sqlite</c>: a new file in the temp folder;
/// <c>Postgres</c>: a new schema on the tests' PostgreSQL server, reached through a <see cref="RoundTripCounter"/>).
/// </summary>
internal static class BotServices
{
    /// <summary>The relay to PostgreSQL of the last services built on it, to read its round trips; null otherwise.</summary>
    public static RoundTripCounter? PostgresRoundTrips { get; private set; }

    public static ServiceProvider Build(string? provider = null)
    {
        provider ??= Environment.GetEnvironmentVariable("MAJORDOME_BENCH_STORAGE") ?? "Memory";
        string? connectionString = null;
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            PostgresRoundTrips = RoundTripCounter.Start(PostgresServer.Instance.CreateDatabase("micro"));
            connectionString = PostgresRoundTrips.ConnectionString;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Brand:ContentDirectory"] = RepositoryRoot.BrandDirectory,
                ["Storage:Provider"] = provider,
                ["Storage:ConnectionString"] = connectionString,
                ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-micro", Guid.NewGuid().ToString("N")),
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMajordomeStorage(configuration).AddBrandContent(configuration).AddMajordomeData().AddMajordomeAnalytics().AddMajordomeBot(configuration);
        return services.BuildServiceProvider();
    }
}
