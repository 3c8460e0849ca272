using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Handoff;
using Majordome.Bot.Messenger.Profile;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the outbound half of the Messenger and Instagram channel.</summary>
public static class MessengerOutboundServiceCollectionExtensions
{
    /// <summary>
    /// Adds the renderer, the Graph client (typed HttpClient) with its rate limiter and retry settings (section
    /// "MessengerSend", validated at start-up), the unreachable-customer store, <see cref="MessengerAdapter"/> as the
    /// <see cref="IMessengerBotRunner"/>, the profile sync, and <see cref="MessengerHumanHandoff"/> around the
    /// <see cref="IHumanHandoff"/> registered before (call after AddMajordomeData). <see cref="MessengerOptions"/> is
    /// bound by the inbound half (AddMajordomeMessengerInbound), as are <see cref="IMessengerConversationControl"/>
    /// and <see cref="IMessagingWindow"/>.
    /// </summary>
    public static IServiceCollection AddMajordomeMessengerOutbound(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MessengerSendOptions>().BindConfiguration(MessengerSendOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Localizer.Default);
        services.AddSingleton<MessengerCardRenderer>();
        services.AddSingleton<MessengerRenderer>();
        services.AddSingleton<PageRateLimiter>();
        services.AddSingleton<ProfileCallBudget>();
        services.AddSingleton<IUnreachableRecipients, SqlUnreachableRecipients>();
        services.TryAddSingleton<IMessengerConversationControl, Messenger.State.SqlConversationControl>();
        services.TryAddSingleton<Messenger.Inbox.ReplyJournal>();

        // The client lives in singletons: pooled connections are recycled so DNS changes are still seen.
        // Headers are redacted in the HttpClient logs, whatever the log level: the Page token is one of them.
        services.AddHttpClient<MessengerGraphClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RedactLoggedHeaders(_ => true);
        services.AddSingleton<MessengerSender>();
        services.AddSingleton<MessengerProfileSync>();
        services.AddSingleton<MessengerAdapter>();
        services.AddSingleton<IMessengerBotRunner>(sp => sp.GetRequiredService<MessengerAdapter>());
        DecorateHumanHandoff(services);
        return services;
    }

    private static void DecorateHumanHandoff(IServiceCollection services)
    {
        // Keep whatever handoff was registered (today RecordedHumanHandoff) and wrap it: it still records, and
        // Messenger conversations are also passed to the Page Inbox.
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(IHumanHandoff));
        Func<IServiceProvider, IHumanHandoff> inner = existing switch
        {
            { ImplementationType: { } type } => sp => (IHumanHandoff)ActivatorUtilities.CreateInstance(sp, type),
            { ImplementationFactory: { } factory } => sp => (IHumanHandoff)factory(sp),
            { ImplementationInstance: IHumanHandoff instance } => _ => instance,
            _ => sp => ActivatorUtilities.CreateInstance<RecordedHumanHandoff>(sp),
        };
        services.RemoveAll<IHumanHandoff>();
        services.AddSingleton<IHumanHandoff>(sp => new MessengerHumanHandoff(
            inner(sp),
            sp.GetRequiredService<MessengerSender>(),
            sp.GetRequiredService<IMessengerConversationControl>(),
            sp.GetRequiredService<Localizer>(),
            sp.GetRequiredService<ILogger<MessengerHumanHandoff>>()));
    }
}
