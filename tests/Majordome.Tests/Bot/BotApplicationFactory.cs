using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot;

/// <summary>
/// The real host on Kestrel, listening on a free loopback port: tests talk to it over real HTTP.
/// Configuration is the shipped appsettings.json with the given overrides.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration overrides.</param>
    /// <param name="services">Service overrides.</param>
    public BotApplicationFactory(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Storage:DataDirectory"] = DataDirectory,
            ["Brand:ContentDirectory"] = Harness.RepositoryRoot.BrandDirectory,

            // Host tests route with the menu keywords, deterministically, unless a test turns training on.
            ["Understanding:TrainAtStartup"] = "false",

            // Host tests run at any hour of the wall clock: brand/team.yaml's hours would make a request for a person
            // depend on it. A test about the hours replaces ITeamHours (TeamAwayTests) or turns this on.
            ["Team:OpeningHours"] = "false",

            // A free loopback port chosen by Kestrel itself. UseKestrel(0) would instead rewrite the server's
            // addresses after the app has started itself on its own thread, which races with Kestrel's bind
            // and intermittently throws "Addresses cannot be modified after the server has started".
            ["Urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        UseKestrel();

        StartServer();
    }

    /// <summary>A folder of this factory's own for the business database, deleted on dispose.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "majordome-host-tests", Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));

        // The OpenTelemetry variables decide what Program.cs registers, before the app configuration above is
        // applied (at Build): as host settings they are seen at once, as the environment's are in production.
        foreach (var (key, value) in _settings.Where(s => s.Key.StartsWith("OTEL_", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
