using Majordome.Bot.Team;
using Majordome.Bot.Team.Console;
using Majordome.Dialogs.Engine;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Bot.Builder;
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
        services.AddOptions<TeamOptions>().BindConfiguration(TeamOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMajordomeTeamAccounts();
        services.AddSingleton<TeamSignIn>();
        services.AddSingleton<SqlHandoffQueue>();
        services.AddSingleton<SqlTranscriptStore>();
        services.AddSingleton<TeamLiveSignals>();
        services.AddSingleton<TeamTakeover>();
        services.AddSingleton<ITeamConversationChannel, DirectLineTeamChannel>();
        // Meta's channels (their senders and adapters come with AddMajordomeMessengerOutbound and AddMajordomeWhatsApp).
        services.AddSingleton<ITeamConversationChannel>(sp => ActivatorUtilities.CreateInstance<MessengerTeamChannel>(sp, Messenger.MessengerChannels.Facebook));
        services.AddSingleton<ITeamConversationChannel>(sp => ActivatorUtilities.CreateInstance<MessengerTeamChannel>(sp, Messenger.MessengerChannels.Instagram));
        services.AddSingleton<ITeamConversationChannel, WhatsAppTeamChannel>();
        services.AddHostedService<TranscriptPurgeService>();

        ServiceDecoration.Decorate<IHumanHandoff>(services, (sp, inner) => new TeamQueueHandoff(inner, sp.GetRequiredService<SqlHandoffQueue>(), sp.GetServices<ITeamConversationChannel>()));
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
