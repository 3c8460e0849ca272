using System.Net;
using Majordome.Bot.Team;
using Majordome.Dialogs.Engine;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Bot.Team.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// When nobody is there, through the real host over HTTP: a Web Chat customer asks for a person outside the team's
/// hours, is told when it answers, types an email and agrees; the request shows in the console's queue with the
/// address and the consent's words, and the team is emailed (a loopback SMTP server) by the background sender.
/// </summary>
public sealed class TeamAwayTests : IAsyncLifetime
{
    private const string Secret = "team-away-test-secret-0123456789abc";
    private const string Password = "correct horse battery";
    private static readonly DateTimeOffset Tomorrow9 = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly FakeSmtpServer _smtp = FakeSmtpServer.Start();
    private BotApplicationFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new BotApplicationFactory(
            new Dictionary<string, string?>
            {
                ["DirectLine:Secret"] = Secret,
                ["Team:Notifications:PollInterval"] = "00:00:00.100",
                ["Team:Notifications:Email:Enabled"] = "true",
                ["Team:Notifications:Email:Host"] = "127.0.0.1",
                ["Team:Notifications:Email:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Team:Notifications:Email:Security"] = "None",
                ["Team:Notifications:Email:From"] = "bot@maison-tasse.test",
                ["Team:Notifications:Email:To:0"] = "equipe@maison-tasse.test",
            },
            // The evening of 25 November, whatever the hour of the run: the team answers tomorrow at 9.
            services => services.Replace(ServiceDescriptor.Singleton<ITeamHours>(new ClosedUntil(Tomorrow9))));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task OutsideHours_TheCustomerLeavesAnEmail_TheQueueShowsItWithTheConsent_AndTheTeamIsEmailed()
    {
        var dl = new DirectLineTestClient(_factory.CreateClient());
        var conversationId = (await dl.StartAsync(Secret)).Value<string>("conversationId")!;
        await SayAsync(dl, conversationId, "bonjour");

        var asked = await SayAsync(dl, conversationId, "je voudrais parler à un humain");
        Assert.Contains("L'équipe n'est pas là pour le moment : elle vous répondra demain à 9 h.", asked);
        var consent = await SayAsync(dl, conversationId, "c'est marie.dupont@exemple.fr");
        Assert.Contains(consent, t => t.Contains("me recontacte par e-mail à marie.dupont@exemple.fr", StringComparison.Ordinal));
        var kept = await SayAsync(dl, conversationId, "oui");
        Assert.Contains("Merci ! L'équipe vous écrira à marie.dupont@exemple.fr demain à 9 h.", kept);

        await TeamConsoleClient.CreateAccountAsync(_factory, "camille", "Camille", Password);
        using var agent = TeamConsoleClient.For(_factory);
        await agent.SignInOrFailAsync("camille", Password);
        var queue = WebUtility.HtmlDecode(await agent.Http.GetStringAsync("/team"));
        Assert.Contains("mailto:marie.dupont@exemple.fr", queue, StringComparison.Ordinal);
        Assert.Contains("J'accepte que l'équipe Maison Tasse me recontacte par e-mail à marie.dupont@exemple.fr au sujet de ma demande, et pour rien d'autre.", queue, StringComparison.Ordinal);

        // The request and the contact, each emailed once by the background sender.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_smtp.Messages.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Contains(_smtp.Messages, m => m.Data.Contains("Contact: marie.dupont@exemple.fr", StringComparison.Ordinal));
        Assert.Empty(_smtp.ProtocolErrors);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _smtp.DisposeAsync();
    }

    private static async Task<IReadOnlyList<string>> SayAsync(DirectLineTestClient dl, string conversationId, string text)
    {
        var before = (await dl.GetActivitiesAsync(conversationId, Secret)).Value<string>("watermark");
        Assert.Equal(HttpStatusCode.OK, (await dl.PostMessageAsync(conversationId, Secret, text, "fr-FR")).StatusCode);
        var page = await dl.GetActivitiesAsync(conversationId, Secret, before);
        return [.. page["activities"]!.Where(a => a.Value<string>("type") == "message" && a["from"]?.Value<string>("role") == "bot").Select(a => a.Value<string>("text") ?? string.Empty)];
    }

    private sealed class ClosedUntil(DateTimeOffset opens) : ITeamHours
    {
        public TeamAvailability Now() => new(false, opens, opens.AddHours(-11.5));
    }
}
