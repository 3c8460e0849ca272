using Majordome.Bot.Content;
using Majordome.Bot.Team;
using Majordome.Bot.Team.Console;
using Majordome.Bot.Team.Hours;
using Majordome.Bot.Team.Notifications;
using Majordome.Dialogs.Conversations.Team;
using Majordome.Dialogs.Engine;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the team's inbox: accounts, the queue, the transcripts, live takeover and the console's sign-in.</summary>
public static class TeamServiceCollectionExtensions
{
    /// <summary>
    /// Adds the team console's services (call after AddMajordomeData, AddMajordomeBot and AddMajordomeDirectLine; the
    /// Messenger and WhatsApp registrations must be added too, before or after): the bot is wrapped so every
    /// conversation's messages are kept for the team and shown live; the handoff is wrapped so requests from Web Chat,
    /// Messenger, Instagram and WhatsApp join the queue.
    /// </summary>
    public static IServiceCollection AddMajordomeTeam(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMajordomeTeamAccounts();
        services.AddSingleton<TeamSignIn>();
        services.AddMajordomeTeamDesk();
        services.AddSingleton<SqlHandoffContacts>();
        services.AddSingleton<SqlTranscriptStore>();
        services.AddSingleton<TeamLiveSignals>();
        services.AddSingleton<TeamTakeover>();
        services.AddSingleton<ITeamConversationChannel, DirectLineTeamChannel>();
        // Meta's channels (their senders and adapters come with AddMajordomeMessengerOutbound and AddMajordomeWhatsApp).
        services.AddSingleton<ITeamConversationChannel>(sp => ActivatorUtilities.CreateInstance<MessengerTeamChannel>(sp, Messenger.MessengerChannels.Facebook));
        services.AddSingleton<ITeamConversationChannel>(sp => ActivatorUtilities.CreateInstance<MessengerTeamChannel>(sp, Messenger.MessengerChannels.Instagram));
        services.AddSingleton<ITeamConversationChannel, WhatsAppTeamChannel>();
        services.AddHostedService<TranscriptPurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<TeamNotificationSender>());
        services.AddSingleton<TeamLateCheck>();
        services.AddHostedService<TeamLateCheckService>();

        ServiceDecoration.Decorate<IHumanHandoff>(services, (sp, inner) => new TeamQueueHandoff(
            inner, sp.GetRequiredService<SqlHandoffQueue>(), sp.GetServices<ITeamConversationChannel>(), sp.GetRequiredService<TeamNotices>(), sp.GetRequiredService<TimeProvider>()));
        ServiceDecoration.Decorate<IBot>(services, (sp, inner) => new TeamAwareBot(
            inner, sp.GetRequiredService<SqlTranscriptStore>(), sp.GetRequiredService<TeamLiveSignals>(), sp.GetRequiredService<ILogger<TeamAwareBot>>()));

        services.AddAuthentication().AddCookie(TeamAuthentication.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(TeamAuthentication.Scheme)
            .Configure<IOptions<TeamOptions>>((cookie, team) => TeamAuthentication.Configure(cookie, team.Value));
        services.AddAuthorizationBuilder().AddPolicy(TeamAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(TeamAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(TeamRoles.Agent, TeamRoles.Admin));
        services.AddAntiforgery(TeamAntiforgery.Configure);
        services.AddMajordomeTeamOpenIdConnect();
        return services;
    }

    /// <summary>
    /// The console's sign-in through the brand's OpenID Connect provider (Team:OpenIdConnect). The scheme is added
    /// to the authentication options only when an authority is set: a remote scheme sees every request, and one
    /// without a client id would refuse them all.
    /// </summary>
    public static IServiceCollection AddMajordomeTeamOpenIdConnect(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TeamOpenIdConnectOptions>().BindConfiguration(TeamOpenIdConnectOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamOpenIdConnectOptions>, TeamOpenIdConnectValidation>();
        services.AddSingleton<TeamExternalSignIn>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<OpenIdConnectOptions>(TeamOpenIdConnect.Scheme)
            .Configure<IOptions<TeamOpenIdConnectOptions>>((oidc, team) => TeamOpenIdConnect.Configure(oidc, team.Value));
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<TeamOpenIdConnectOptions>>((authentication, team) =>
        {
            if (team.Value.Enabled)
            {
                authentication.AddScheme<OpenIdConnectHandler>(TeamOpenIdConnect.Scheme, team.Value.ProviderName);
            }
        });
        return services;
    }

    /// <summary>
    /// What the conversations ask of the team, also where no console runs (the transcript tests): its hours from
    /// brand/team.yaml (validated at start-up with the other brand files; without the file the team is always there),
    /// the queue, where a contact left is kept, and the notices' outbox and notifiers (Team:Notifications). Called by
    /// AddMajordomeBot; calling it again adds nothing.
    /// </summary>
    public static IServiceCollection AddMajordomeTeamDesk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TeamNotices)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TeamOptions>().BindConfiguration(TeamOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrandContentOptions>, TeamScheduleValidation>();
        services.AddSingleton<Majordome.Dialogs.Engine.ITeamHours>(sp =>
            sp.GetRequiredService<IOptions<TeamOptions>>().Value.OpeningHours
            && TeamScheduleReader.Load(sp.GetRequiredService<IOptions<BrandContentOptions>>().Value.ContentDirectory) is { } schedule
                ? new TeamHours(schedule, sp.GetRequiredService<TimeProvider>())
                : new AlwaysThereTeamHours(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SqlHandoffQueue>();
        services.AddOptions<TeamNotificationOptions>().BindConfiguration(TeamNotificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamNotificationOptions>, TeamNotificationValidation>();
        services.AddHttpClient(WebhookTeamNotifier.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<ITeamNotifier, EmailTeamNotifier>();
        services.AddSingleton<ITeamNotifier, WebhookTeamNotifier>();
        services.AddSingleton<SqlNotificationOutbox>();
        services.AddSingleton<TeamNotices>();
        services.AddSingleton<TeamNotificationSender>();
        services.AddSingleton<ITeamContacts, SqlTeamContacts>();
        return services;
    }

    /// <summary>The accounts alone (what the <c>team</c> command needs, without the web host).</summary>
    public static IServiceCollection AddMajordomeTeamAccounts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<SqlTeamMembers>();
        services.AddSingleton<TeamPasswords>();
        return services;
    }
}
