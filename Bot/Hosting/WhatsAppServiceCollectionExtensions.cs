using Majordome.Bot.Channels;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Inbox;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Bot.WhatsApp.Send;
using Majordome.Bot.WhatsApp.State;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the WhatsApp Cloud API channel.</summary>
public static class WhatsAppServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WhatsAppOptions"/> (validated at start-up), the send settings (section "WhatsAppSend", the same
    /// keys as "MessengerSend", 80 messages a second per number by default), the Graph client, renderer, sender and
    /// adapter, the status store, and WhatsApp's handler in the shared inbox. Call after AddMajordomeMessengerInbound
    /// (the inbox, its processor and the messaging window).
    /// </summary>
    public static IServiceCollection AddMajordomeWhatsApp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WhatsAppOptions>().BindConfiguration(WhatsAppOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidation>());

        // Meta's default throughput is 80 messages a second per business number, in bursts of as many.
        services.AddOptions<MessengerSendOptions>(WhatsAppGraphClient.OptionsName)
            .Configure(o =>
            {
                o.MaxSendsPerSecond = 80;
                o.MaxBurst = null;
            })
            .BindConfiguration("WhatsAppSend")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Localizer.Default);

        // Headers are redacted in the HttpClient logs, whatever the level: the number's token is one of them.
        services.AddHttpClient<WhatsAppGraphClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RedactLoggedHeaders(_ => true);
        services.AddSingleton<WhatsAppRenderer>();
        services.AddSingleton<WhatsAppSender>();
        services.AddSingleton<WhatsAppAdapter>();
        services.AddSingleton<SqlWhatsAppStatuses>();
        services.AddSingleton<IInboxChannel, WhatsAppInboxChannel>();
        return services;
    }
}
