using System.Net;
using Majordome.Bot.Team;
using Majordome.Tests.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The late notice end to end: a Web Chat customer asks for a person during the team's hours, nobody takes it, and
/// the check (its clock moved past Team:AnswerWithin) tells them on their Direct Line stream; they type a phone
/// number with spaces, agree, and the queue shows it.
/// </summary>
public sealed class TeamLateNoticeTests : IDisposable
{
    private const string Secret = "team-late-test-secret-0123456789abcd";
    private const string Password = "correct horse battery";

    // The team is there whatever the hour of the run; only the wait is late.
    private readonly BotApplicationFactory _factory = new(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["Team:OpeningHours"] = "false" });

    [Fact]
    public async Task NobodyTakesTheRequest_TheCustomerIsToldOnTheirStream_AndLeavesAPhoneNumber()
    {
        var dl = new DirectLineTestClient(_factory.CreateClient());
        var conversationId = (await dl.StartAsync(Secret)).Value<string>("conversationId")!;
        await SayAsync(dl, conversationId, "bonjour");
        var asked = await SayAsync(dl, conversationId, "je voudrais parler à un humain");
        Assert.Contains(asked.Bot, t => t.Contains("J'ai bien noté", StringComparison.Ordinal));

        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(11));
        var services = _factory.Services;
        var check = new TeamLateCheck(
            services.GetRequiredService<Majordome.Bot.Data.BusinessDatabase>(), services.GetRequiredService<SqlHandoffQueue>(), services.GetServices<ITeamConversationChannel>(),
            Options.Create(new TeamOptions { AnswerWithin = TimeSpan.FromMinutes(10) }), later, NullLogger<TeamLateCheck>.Instance);
        Assert.Equal(1, await check.RunAsync());

        var told = await BotSaysSinceAsync(dl, conversationId, asked.Watermark);
        Assert.Equal(
            ["Personne de l'équipe n'est libre pour l'instant, désolé de vous faire attendre.", "Voulez-vous qu'elle vous recontacte ? Laissez-moi votre e-mail ou votre numéro de téléphone, ou dites « non merci »."],
            told.Bot);
        await SayAsync(dl, conversationId, "06 12 34 56 78");
        var kept = await SayAsync(dl, conversationId, "oui");
        Assert.Contains("Merci ! L'équipe vous rappellera au +33612345678 dès que possible.", kept.Bot);
        Assert.Equal(0, await check.RunAsync());

        await TeamConsoleClient.CreateAccountAsync(_factory, "hugo", "Hugo", Password);
        using var agent = TeamConsoleClient.For(_factory);
        await agent.SignInOrFailAsync("hugo", Password);
        Assert.Contains("tel:+33612345678", WebUtility.HtmlDecode(await agent.Http.GetStringAsync("/team")), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<(IReadOnlyList<string> Bot, string? Watermark)> SayAsync(DirectLineTestClient dl, string conversationId, string text)
    {
        var before = (await dl.GetActivitiesAsync(conversationId, Secret)).Value<string>("watermark");
        Assert.Equal(HttpStatusCode.OK, (await dl.PostMessageAsync(conversationId, Secret, text, "fr-FR")).StatusCode);
        return await BotSaysSinceAsync(dl, conversationId, before);
    }

    private static async Task<(IReadOnlyList<string> Bot, string? Watermark)> BotSaysSinceAsync(DirectLineTestClient dl, string conversationId, string? watermark)
    {
        var page = await dl.GetActivitiesAsync(conversationId, Secret, watermark);
        var texts = page["activities"]!.Where(a => a.Value<string>("type") == "message" && a["from"]?.Value<string>("role") == "bot")
            .Select(a => a.Value<string>("text") ?? string.Empty).ToList();
        return (texts, page.Value<string>("watermark"));
    }
}
