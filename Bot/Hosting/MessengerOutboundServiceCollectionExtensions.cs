using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
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
    /// <see cref="IMessengerBotRunner"/> and the profile sync (call after AddMajordomeData). A customer who asks for a
    /// person joins the team's queue as on every channel (AddMajordomeTeam). <see cref="MessengerOptions"/> is
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
        services.TryAddSingleton<IMessengerConversationControl, Messenger.State.HoldConversationControl>();
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
        return services;
    }
}
