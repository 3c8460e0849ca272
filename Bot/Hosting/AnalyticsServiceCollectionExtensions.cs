using Majordome.Bot.Analytics;
using Majordome.Dialogs.Analytics;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the conversations' analytics: the in-memory counters, their table, and the flusher between them.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the counters the dialog manager counts on (<see cref="IConversationAnalytics"/>), written to the business
    /// database every <see cref="AnalyticsOptions.FlushInterval"/>; the business database comes from
    /// <see cref="DataServiceCollectionExtensions.AddMajordomeData"/>.
    /// </summary>
    public static IServiceCollection AddMajordomeAnalytics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AnalyticsCounters>();
        services.AddSingleton<IConversationAnalytics>(sp => sp.GetRequiredService<AnalyticsCounters>());
        services.AddSingleton<SqlAnalyticsStore>();
        services.AddSingleton<AnalyticsFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsFlusher>());
        return services;
    }
}
