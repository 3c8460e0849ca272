using Majordome.Dialogs.Flows;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the marketer's flows: loaded at start-up, served through a <see cref="FlowCatalogSource"/>, reloaded while the bot runs.</summary>
public static class FlowServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FlowCatalogReloader"/> (the flows are loaded when it is first resolved), the
    /// <see cref="FlowCatalogSource"/> the main dialog and the recognizer's training read, and
    /// <see cref="FlowReloadService"/>, bound to the "Flows" section (<see cref="FlowReloadOptions"/>).
    /// </summary>
    public static IServiceCollection AddMajordomeFlows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FlowReloadOptions>().BindConfiguration(FlowReloadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var reloader = new FlowCatalogReloader(
                sp.GetRequiredService<IOptions<BrandContentOptions>>().Value.ContentDirectory,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FlowCatalogReloader).FullName!));

            // Broken files are logged and left out: a flow file never stops the bot from starting.
            reloader.Reload();
            return reloader;
        });
        services.AddSingleton(sp => sp.GetRequiredService<FlowCatalogReloader>().Source);
        services.AddHostedService<FlowReloadService>();
        return services;
    }
}
