using System.Net;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Anticipation.Policy;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// A marketer's opt-in step on the real host (the production composition, Direct Line over real HTTP, the SQLite
/// business database, a fake clock): a typed yes keeps the consent with the question exactly as shown and its time,
/// and the marketing rule then lets an offer through; a no keeps nothing and the rule still holds offers back.
/// </summary>
public sealed class FlowOptInEndToEndTests : IDisposable
{
    private const string Secret = "flow-opt-in-e2e-secret-0123456789abcdef";
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-opt-in", Guid.NewGuid().ToString("N"));

    public FlowOptInEndToEndTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryRoot.BrandDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_brand, Path.GetRelativePath(RepositoryRoot.BrandDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(Path.Combine(_brand, "flows", "news-opt-in.yaml"), """
            id: news-opt-in
            title: { fr: Nos nouveautés, en: Our news }
            triggers:
              payload: NEWS_OPT_IN
            steps:
              - ask: text
                var: first_name
                prompt: { fr: Votre prénom ?, en: Your first name? }
              - opt-in:
                  topic: marketing
                  ask: { fr: "{first_name}, voulez-vous recevoir nos offres ?", en: "{first_name}, would you like to receive our offers?" }
                  var: subscribed
              - if: subscribed
                then:
                  - say: { fr: Abonnement confirmé., en: Subscription confirmed. }
                else:
                  - say: { fr: Pas d'abonnement., en: No subscription. }
            """);
    }

    public void Dispose()
    {
        if (Directory.Exists(_brand))
        {
            Directory.Delete(_brand, recursive: true);
        }
    }

    [Theory]
    [InlineData("fr-FR", "Bonjour", "ok vas-y", "Marie, voulez-vous recevoir nos offres ?", "Abonnement confirmé.")]
    [InlineData("en-US", "Hello", "yes please", "Marie, would you like to receive our offers?", "Subscription confirmed.")]
    public async Task OptIn_TypedYes_KeepsTheWordingShownAndTheTime_AndLetsAnOfferThrough(string locale, string hello, string yes, string wording, string confirmed)
    {
        using var factory = Host(out var time);
        var visit = await VisitAsync(factory, locale);

        // The customer's first words set the conversation's language, as they would in the chat window.
        await visit.SayAsync(hello, locale);
        await visit.SayAsync("NEWS_OPT_IN", locale);
        Assert.Contains(wording, await visit.SayAsync("Marie", locale));
        time.Advance(TimeSpan.FromMinutes(3));
        var answer = await visit.SayAsync(yes, locale);

        Assert.Contains(confirmed, answer);
        var grant = await factory.Services.GetRequiredService<SqlProactiveConsents>().FindGrantAsync(visit.Customer, ProactiveCategory.Marketing);
        Assert.Equal((wording, Start.AddMinutes(3)), grant);
        Assert.Null(await OfferVerdictAsync(factory, visit.Customer));
    }

    [Fact]
    public async Task OptIn_TypedNo_KeepsNothing_AndOffersStayHeldBack()
    {
        using var factory = Host(out _);
        var visit = await VisitAsync(factory, "fr-FR");
        Assert.Contains("Votre prénom ?", await visit.SayAsync("NEWS_OPT_IN", "fr-FR"));
        await visit.SayAsync("Marie", "fr-FR");

        var answer = await visit.SayAsync("non merci", "fr-FR");

        Assert.Contains("Pas d'abonnement.", answer);
        Assert.Null(await factory.Services.GetRequiredService<SqlProactiveConsents>().FindGrantAsync(visit.Customer, ProactiveCategory.Marketing));
        Assert.Equal(new ProactiveVerdict.Drop(ProactiveOutcomes.NoConsent), await OfferVerdictAsync(factory, visit.Customer));
    }

    private BotApplicationFactory Host(out FakeTimeProvider time)
    {
        var clock = new FakeTimeProvider(Start);
        time = clock;
        return new BotApplicationFactory(
            new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _brand, ["DirectLine:Secret"] = Secret },
            services => services.AddSingleton<TimeProvider>(clock));
    }

    /// <summary>What the production marketing rule decides for an offer to <paramref name="customer"/> on WhatsApp (null: it passes).</summary>
    private static async Task<ProactiveVerdict?> OfferVerdictAsync(BotApplicationFactory factory, string customer)
    {
        var rule = new MarketingConsentRule(factory.Services.GetRequiredService<IProactiveConsents>());
        var request = new ProactiveJobRequest(ProactiveKinds.FlowMessage, new ProactiveAddress(customer, "whatsapp", "33600000000", "33600000000", null, "fr-FR", null), Start, "{}", null);
        var job = new ProactiveJob(1, request, ProactiveJobStatus.Pending, 0, null, Start, Start);
        return await rule.CheckAsync(job, new ProactiveMessage(ProactiveCategory.Marketing, [MessageFactory.Text("Offre")], null));
    }

    private static async Task<Visit> VisitAsync(BotApplicationFactory factory, string locale)
    {
        var client = new DirectLineTestClient(factory.CreateClient());
        var visitor = "dl_visitor-" + Guid.NewGuid().ToString("N");
        var generated = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret, new JObject { ["user"] = new JObject { ["id"] = visitor } }.ToString());
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = JObject.Parse(await generated.Content.ReadAsStringAsync());
        var visit = new Visit(client, body.Value<string>("conversationId")!, body.Value<string>("token")!, "directline/" + visitor);
        await client.StartAsync(visit.Token);
        visit.Watermark = (await client.GetActivitiesAsync(visit.ConversationId, visit.Token)).Value<string>("watermark");
        return visit;
    }

    private sealed class Visit(DirectLineTestClient client, string conversationId, string token, string customer)
    {
        public string ConversationId { get; } = conversationId;

        public string Token { get; } = token;

        public string Customer { get; } = customer;

        public string? Watermark { get; set; }

        /// <summary>Posts a text and returns the bot's texts that followed it.</summary>
        public async Task<string> SayAsync(string text, string locale)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(ConversationId, Token, text, locale)).StatusCode);
            var page = await client.GetActivitiesAsync(ConversationId, Token, Watermark);
            Watermark = page.Value<string>("watermark");
            return string.Join("\n", ((JArray)page["activities"]!)
                .Where(a => a["from"]?.Value<string>("role") == "bot")
                .Select(a => a.Value<string>("text"))
                .Where(t => !string.IsNullOrEmpty(t)));
        }
    }
}
