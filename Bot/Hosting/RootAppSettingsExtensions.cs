using Microsoft.Extensions.Configuration.Json;

namespace Majordome.Bot.Hosting;

/// <summary>Loads the one configuration file a user edits, <c>appsettings.json</c> at the repository root.</summary>
public static class RootAppSettingsExtensions
{
    /// <summary>
    /// <c>dotnet run</c> starts the bot in the repository root, whose appsettings.json the default builder already
    /// reads. Started from elsewhere (tests, a published folder), the copy next to the binaries is read instead,
    /// inserted before the environment variables so that they still override it.
    /// </summary>
    public static IConfigurationManager AddRootAppSettings(this IConfigurationManager configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (File.Exists(Path.Combine(environment.ContentRootPath, "appsettings.json")))
        {
            return configuration;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(path))
        {
            return configuration;
        }

        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        var index = configuration.Sources.ToList().FindIndex(s => s is not JsonConfigurationSource && s.GetType().Name.Contains("Environment", StringComparison.Ordinal));
        configuration.Sources.Insert(index < 0 ? configuration.Sources.Count : index, source);
        return configuration;
    }
}
