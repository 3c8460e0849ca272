using Majordome.Dialogs;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Understanding;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the intent recognizer, its model holder and the background training at start-up.</summary>
public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IIntentRecognizer"/> (used by the main dialog), <see cref="Interruptions"/> (used by the
    /// dialog manager), <see cref="IntentModelHolder"/> (whose <see cref="IntentModelHolder.RetrainAsync"/> the
    /// flow reload calls) and <see cref="IntentTrainingService"/>, bound to the "Understanding" section.
    /// </summary>
    public static IServiceCollection AddMajordomeUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<UnderstandingOptions>().BindConfiguration(UnderstandingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new IntentTrainer(sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value));
        services.AddSingleton<IntentModelHolder>();
        services.AddSingleton(sp => new EntityExtractor(
            sp.GetRequiredService<ICatalog>(),
            sp.GetRequiredService<IBoutiqueDirectory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<BrandOptions>>().Value.Name));
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<IIntentRecognizer>(sp => new Telemetry.TimedIntentRecognizer(sp.GetRequiredService<IntentRecognizer>()));
        services.AddSingleton(sp => new Interruptions(
            sp.GetRequiredService<IIntentRecognizer>(),
            sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value,
            MainDialog.FlowIntents));
        services.AddHostedService<IntentTrainingService>();
        return services;
    }
}
