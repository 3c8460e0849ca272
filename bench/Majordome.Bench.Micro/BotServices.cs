using Majordome.Bot.Hosting;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bench.Micro;

/// <summary>
/// The bot's services as the host registers them (shipped appsettings.json, brand/), state in memory, or in the
/// storage that MAJORDOME_BENCH_STORAGE (or <c>provider</c>) names (<c>Sqlite</c>: a new file in the temp folder).
/// </summary>
internal static class BotServices
{
    public static ServiceProvider Build(string? provider = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Brand:ContentDirectory"] = RepositoryRoot.BrandDirectory,
                ["Storage:Provider"] = provider ?? Environment.GetEnvironmentVariable("MAJORDOME_BENCH_STORAGE") ?? "Memory",
                ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "majordome-micro", Guid.NewGuid().ToString("N")),
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMajordomeStorage(configuration).AddBrandContent(configuration).AddMajordomeData().AddMajordomeAnalytics().AddMajordomeBot(configuration);
        return services.BuildServiceProvider();
    }
}
