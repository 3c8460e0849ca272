using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Mapping;
using Majordome.Bot.Messenger.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the inbound half of the Messenger and Instagram channel: the webhook's inbox and its processing.</summary>
public static class MessengerInboundServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MessengerOptions"/> and <see cref="MessengerInboxOptions"/> (validated at start-up), the
    /// SQLite inbox with this instance's identity (<see cref="InboxInstance"/>) and the journal of replies sent per event,
    /// thread control and messaging window, the event mapper and the background processor. The
    /// <see cref="IMessengerBotRunner"/> that answers comes from the outbound half; without one, events are recorded
    /// but not answered. Needs <see cref="DataServiceCollectionExtensions.AddMajordomeData"/> (the business database).
    /// </summary>
    public static IServiceCollection AddMajordomeMessengerInbound(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MessengerOptions>().BindConfiguration(MessengerOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessengerOptions>, MessengerOptionsValidation>());
        services.AddOptions<MessengerInboxOptions>().BindConfiguration(MessengerInboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessengerConversationControl, HoldConversationControl>();
        services.TryAddSingleton<IMessagingWindow, SqlMessagingWindow>();
        services.AddSingleton<MessengerEventMapper>();
        services.TryAddSingleton(sp => InboxInstance.From(sp.GetRequiredService<IOptions<MessengerInboxOptions>>().Value, configuration));
        services.AddSingleton<MessengerInbox>();
        services.TryAddSingleton<ReplyJournal>();
        services.TryAddSingleton<Messenger.OptIns.SqlMessengerOptIns>();
        services.TryAddSingleton<Messenger.Webhook.PendingMessageEdits>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboundEventHandler>();
        services.AddHostedService<MessengerInboxProcessor>();
        return services;
    }
}
