using Majordome.Bot.Data;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Dialogs.Flows.Experiments;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Registers the marketer's flows (loaded at start-up, served through a <see cref="FlowCatalogSource"/>, reloaded
/// while the bot runs) and what their action and card steps use.
/// </summary>
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
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FlowCatalogReloader).FullName!),
                actions: sp.GetRequiredService<FlowActionRegistry>().Signatures);

            // Broken files are logged and left out: a flow file never stops the bot from starting.
            reloader.Reload();
            return reloader;
        });
        services.AddSingleton(sp => sp.GetRequiredService<FlowCatalogReloader>().Source);
        services.AddHostedService<FlowReloadService>();
        return services;
    }

    /// <summary>
    /// Adds the "Flows" options, the built-in actions, the store of leads and survey answers, the registry of every
    /// <see cref="IFlowAction"/> registered (a brand's own: <c>services.AddSingleton&lt;IFlowAction, MyAction&gt;()</c>)
    /// and the <see cref="FlowServices"/> the main dialog gives its flows.
    /// </summary>
    public static IServiceCollection AddMajordomeFlowActions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FlowOptions>().BindConfiguration(FlowOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SqlFlowRecordStore>();
        services.TryAddSingleton<IFlowRecordStore>(sp => sp.GetRequiredService<SqlFlowRecordStore>());
        services.TryAddSingleton<SqlFlowExperimentLog>();
        services.TryAddSingleton<IFlowExperimentLog>(sp => sp.GetRequiredService<SqlFlowExperimentLog>());
        services.AddSingleton<IFlowAction, AddToCartAction>();
        services.AddSingleton<IFlowAction, BookAction>();
        services.AddSingleton<IFlowAction, HandoffAction>();
        services.AddSingleton<IFlowAction, RecordLeadAction>();
        services.AddSingleton<IFlowAction, RecordSurveyAction>();
        services.AddSingleton<IFlowAction, TagAction>();
        services.AddSingleton<IFlowAction, WebhookAction>();
        services.AddSingleton(sp => new FlowActionRegistry(sp.GetServices<IFlowAction>()));
        services.AddSingleton(sp => new FlowServices(
            sp.GetRequiredService<FlowActionRegistry>(),
            sp.GetRequiredService<ICatalog>(),
            sp.GetRequiredService<IOptions<FlowOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FlowDialog).FullName!))
        {
            Experiments = sp.GetRequiredService<IFlowExperimentLog>(),
            PublicBase = sp.GetService<IOptions<PublicUrlOptions>>()?.Value.BaseUri,
            Scheduler = sp.GetService<Majordome.Dialogs.Anticipation.IProactiveScheduler>(),
            WaitingList = sp.GetService<Majordome.Dialogs.Anticipation.BackInStock.IStockWaitingList>(),
            Consents = sp.GetService<Majordome.Dialogs.Anticipation.IProactiveConsents>(),
            Stock = sp.GetService<Majordome.Dialogs.Commerce.IOrderStore>(),
        });
        return services;
    }
}
