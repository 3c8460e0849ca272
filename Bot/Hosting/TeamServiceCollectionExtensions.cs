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
    /// Adds the team console's services (call after AddMajordomeData, AddMajordomeBot and AddMajordomeDirectLine, and
    /// before the Messenger registrations, whose handoff stays the outermost: it passes Messenger threads to the Page
    /// Inbox): the bot is wrapped so a conversation a person holds is not answered by it and every conversation's
    /// messages are kept for the team; the handoff is wrapped so requests join the queue.
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
        services.AddHostedService<TranscriptPurgeService>();

        ServiceDecoration.Decorate<IHumanHandoff>(services, (sp, inner) => new TeamQueueHandoff(inner, sp.GetRequiredService<SqlHandoffQueue>(), sp.GetServices<ITeamConversationChannel>()));
        ServiceDecoration.Decorate<IBot>(services, (sp, inner) => new TeamAwareBot(
            inner, sp.GetRequiredService<SqlHandoffQueue>(), sp.GetRequiredService<SqlTranscriptStore>(), sp.GetRequiredService<TeamLiveSignals>(), sp.GetRequiredService<ILogger<TeamAwareBot>>()));

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
