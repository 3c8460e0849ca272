using Majordome.Bot.Anticipation;
using Majordome.Bot.Anticipation.Delivery;
using Majordome.Bot.Anticipation.Policy;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the messages the assistant writes first: the durable schedule, consents, the rules, the deliveries and the worker.</summary>
public static class AnticipationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the scheduler (<see cref="IProactiveScheduler"/>), the consents, the Web Chat greeting and the worker that
    /// sends due messages. The rules run in the order registered here: stop, consent, quiet hours, pace; then the
    /// channel's own policy. Composers (<see cref="IProactiveMessageComposer"/>) are registered by whoever writes them.
    /// </summary>
    public static IServiceCollection AddMajordomeAnticipation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMajordomeProactiveSchedule();
        services.AddSingleton<ProactiveSentLog>();
        services.AddSingleton<SqlProactiveReads>();

        // One name per running process: a claim names its instance, so a restarted process never finishes its
        // predecessor's claims; those are taken again when their lease runs out.
        services.AddSingleton(sp => new ProactiveJobClaims(
            sp.GetRequiredService<BusinessDatabase>(), sp.GetRequiredService<TimeProvider>(),
            $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}"));
        services.AddSingleton<IProactiveRule, StoppedRule>();
        services.AddSingleton<IProactiveRule, MarketingConsentRule>();
        services.AddSingleton<IProactiveRule, QuietHoursRule>();
        services.AddSingleton<IProactiveRule, PaceRule>();
        services.AddSingleton<MessengerMarketingTokens>();
        services.AddSingleton<IProactiveChannelPolicy, MessengerChannelPolicy>();
        services.AddSingleton<IProactiveChannelPolicy, InstagramChannelPolicy>();
        services.AddSingleton<IProactiveChannelPolicy, WhatsAppChannelPolicy>();
        services.AddSingleton<IProactiveDelivery, MessengerProactiveDelivery>();
        services.AddSingleton<IProactiveDelivery, WhatsAppProactiveDelivery>();
        services.AddSingleton<ProactiveDispatcher>();
        services.AddSingleton<ProactiveSweep>();
        services.AddSingleton<IProactiveGreeting, ProactiveGreeting>();
        services.AddHostedService<ProactiveWorker>();
        return services;
    }

    /// <summary>
    /// Adds only the durable schedule, the consents and the back-in-stock waiting list (<see cref="IProactiveScheduler"/>,
    /// <see cref="IProactiveConsents"/>, <see cref="Majordome.Dialogs.Anticipation.BackInStock.IStockWaitingList"/>),
    /// for the command line: a job scheduled there is sent by the running bot's worker.
    /// </summary>
    public static IServiceCollection AddMajordomeProactiveSchedule(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqlProactiveJobs>();
        services.AddSingleton<IProactiveScheduler>(sp => sp.GetRequiredService<SqlProactiveJobs>());
        services.AddSingleton<SqlProactiveConsents>();
        services.AddSingleton<IProactiveConsents>(sp => sp.GetRequiredService<SqlProactiveConsents>());
        services.AddSingleton<SqlStockWaitingList>();
        services.AddSingleton<Majordome.Dialogs.Anticipation.BackInStock.IStockWaitingList>(sp => sp.GetRequiredService<SqlStockWaitingList>());
        return services;
    }
}
