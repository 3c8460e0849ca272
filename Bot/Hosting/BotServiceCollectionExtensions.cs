using Majordome.Bot.Adapters;
using Majordome.Bot.Adapters.Connector;
using Majordome.Bot.Endpoints;
using Majordome.Bot.Health;
using Majordome.Dialogs;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Majordome.Dialogs.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the bot: options, state, the dialog manager with the main dialog, the adapter and health checks.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds everything /api/messages needs; the storage comes from <see cref="StorageServiceCollectionExtensions.AddMajordomeStorage"/>.</summary>
    public static IServiceCollection AddMajordomeBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Conversation:DefaultTimeZone is not a known time zone id (use an IANA id such as Europe/Paris).")
            .ValidateOnStart();
        services.AddOptions<BrandOptions>().BindConfiguration(BrandOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Time is injected so that "tomorrow at 8pm" is testable.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Localizer.Default);

        // Bot Framework reads its flat credential keys (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType,
        // MicrosoftAppTenantId) itself. With no MicrosoftAppId it accepts unauthenticated local traffic (the
        // Emulator's mode); with one it validates the channel's JWT on every request.
        // The clients CloudAdapter makes for every turn are built only when the turn uses them (see the class).
        // Its HttpClients never follow redirects (ConnectorHttpClients). On top of its validation, a refused token is
        // one exception type the endpoint turns into a 401, and channels whose customers another endpoint
        // authenticates (Direct Line, Meta) are taken only from the Bot Connector service (EndpointIdentityAuthentication).
        ConnectorHttpClients.Register(services);
        services.AddSingleton(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: new ConnectorHttpClients(sp.GetRequiredService<IHttpClientFactory>())));
        services.AddSingleton<BotFrameworkAuthentication>(sp => new EndpointIdentityAuthentication(
            new DeferredClientsAuthentication(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()),
            sp.GetRequiredService<BotFrameworkCredentials>().ChannelTokenIssuer));
        // The brand's back office moves orders along (POST /api/orders/{number}/status) with this key.
        services.AddOptions<Endpoints.BackOfficeOptions>().BindConfiguration(Endpoints.BackOfficeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Without a MicrosoftAppId nobody is authenticated: who may call /api/messages then, and where replies may go.
        services.AddSingleton(sp => BotFrameworkCredentials.From(sp.GetRequiredService<IConfiguration>()));
        services.AddOptions<BotFrameworkEndpointOptions>().BindConfiguration(BotFrameworkEndpointOptions.SectionName)
            .Validate(
                o => o.AllowedServiceUrls.All(u => Uri.TryCreate(u, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)),
                "BotFramework:AllowedServiceUrls: every entry must be an absolute http(s) URL, such as https://chat.example.com/bots/.")
            .ValidateOnStart();
        services.AddSingleton<UnauthenticatedAccess>();
        services.AddHostedService<MessagesEndpointStartupLog>();
        // Majordome's own state stores (same keys and documents as Bot Framework's ConversationState and
        // UserState, a third of the work per turn): loaded together at the start of a turn, saved together at its end.
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<UserStateStore>();
        services.AddSingleton<UserProfileAccessor>();
        services.AddSingleton<Majordome.Dialogs.Commerce.CartAccessor>();
        // With PostgreSQL, several instances may serve one conversation: its turns are serialized across them too.
        // Half the pool at most holds turn locks, so business writes and background work always find a connection.
        services.AddSingleton(sp => new ConversationLocks(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.UsesPostgres
                ? new Majordome.Bot.Storage.PostgresConversationLock(
                    sp.GetRequiredService<Majordome.Bot.Storage.PostgresConnector>(),
                    maxHeldLocks: Math.Max(1, new Npgsql.NpgsqlConnectionStringBuilder(sp.GetRequiredService<Npgsql.NpgsqlDataSource>().ConnectionString).MaxPoolSize / 2))
                : null));

        // The team's hours and the contacts customers leave for it, before the conversations that ask them.
        services.AddMajordomeTeamDesk();
        services.AddSingleton<ConversationServices>();
        // "A person holds this conversation": one flag in the conversation's state, read by every channel's turn.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Turns.Holds.ConversationHolds>();

        // The learned recognizer the main dialog routes sentences with, trained in the background at start-up.
        services.AddMajordomeUnderstanding(configuration);
        // The marketer's flow files (brand/flows): the main dialog starts them, the recognizer learns their examples,
        // and they are reloaded while the bot runs (hot reload). Their action steps call the actions registered by
        // name (built-ins and the brand's own).
        services.AddMajordomeFlowActions();
        services.AddMajordomeFlows();
        services.AddSingleton<MainDialog>();
        services.AddSingleton(sp => new DialogManager(
            sp.GetRequiredService<MainDialog>(),
            sp.GetRequiredService<ConversationStateStore>(),
            sp.GetRequiredService<UserProfileAccessor>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConversationOptions>>(),
            sp.GetRequiredService<ILogger<DialogManager>>(),
            sp.GetRequiredService<Localizer>(),
            sp.GetRequiredService<IHumanHandoff>(),
            sp.GetService<Majordome.Dialogs.Understanding.Interruptions>(),
            sp.GetService<Majordome.Dialogs.Understanding.IntentModelHolder>() is { } models ? models.PredictLanguage : null,
            sp.GetService<Majordome.Dialogs.Analytics.IConversationAnalytics>(),
            sp.GetRequiredService<ConversationServices>().Knowledge,
            sp.GetRequiredService<ConversationServices>().Feedback,
            sp.GetService<Majordome.Dialogs.Anticipation.IProactiveConsents>(),
            sp.GetService<Majordome.Dialogs.Anticipation.IProactiveGreeting>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ITeamHours>()));
        // The one list of channels and what each can show; the dialogs ask it instead of matching channel ids.
        services.AddSingleton<Majordome.Dialogs.Channels.IChannelRegistry>(Channels.ChannelRegistry.Default);
        // A request retried on any instance after its turn was saved gets the first replies instead of a second run.
        services.AddOptions<Turns.TurnReplayOptions>().BindConfiguration(Turns.TurnReplayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Turns.CompletedTurns>();
        services.AddSingleton<IBot, MajordomeBot>();

        // CloudAdapter has two public constructors that DI finds ambiguous: build it explicitly.
        services.AddSingleton<MajordomeAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<MajordomeAdapter>());
        services.AddHostedService<RecognizerWarmUp>();

        // /healthz (liveness): the process runs and its storage answers a read. /readyz (readiness, for a load
        // balancer deciding where to send customers): also takes a booking-sized write, still has its database file,
        // and is done with its start-up work. A full disk or a missing file turns /readyz red, not /healthz: a
        // restart mends neither.
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StartupReadiness>();
        services.AddSingleton<StorageWriteProbe>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<StorageWritableHealthCheck>("storage-writable", tags: [ReadinessHealthCheck.Tag])
            .AddCheck<DatabaseFileHealthCheck>("database-file", tags: [ReadinessHealthCheck.Tag])
            .AddCheck<ReadinessHealthCheck>("startup", tags: [ReadinessHealthCheck.Tag]);
        return services;
    }
}
