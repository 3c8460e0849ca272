using System.Globalization;
using System.Net;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Tests.Dialogs.Anticipation;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// The reorder reminder end to end on the real host over Direct Line (the Web Chat channel): a visitor orders capsules
/// typing and tapping, says yes to reminders, the clock advances, the next visit's greeting offers the same again,
/// and one tap reaches the checkout summary. The scheduler, consents and greeting come from the composition (DI):
/// in-memory doubles of our own contracts until the durable ones are merged.
/// </summary>
public sealed class ReorderEndToEndTests
{
    private const string Secret = "reorder-e2e-secret-0123456789abcdef";

    [Fact]
    public async Task WebChatOrder_ClockAdvances_NextVisitGreetingOffersTheReorder_OneTapReachesTheSummary()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        var scheduler = new InMemoryProactiveScheduler(time);
        var consents = new InMemoryProactiveConsents();
        using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret },
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<IProactiveScheduler>(scheduler);
                services.AddSingleton<IProactiveConsents>(consents);
                services.AddSingleton<IProactiveGreeting>(sp => new InMemoryProactiveGreeting(scheduler, consents, sp.GetServices<IProactiveMessageComposer>(), time));
                services.AddMajordomeAnticipationSenders();
            });
        var client = new DirectLineTestClient(factory.CreateClient());
        var visitor = "dl_visitor-" + Guid.NewGuid().ToString("N");

        var first = await VisitAsync(client, visitor);
        await first.SayAsync("Acheter");
        await first.SendAsync(new JObject { ["type"] = "message", ["value"] = new JObject { ["action"] = "addToCart", ["sku"] = "CAP-ARPEGGIO" } });
        await first.SayAsync("3");
        await first.SayAsync("Commander");
        await first.SayAsync("Livraison à domicile");
        await first.SayAsync("12 rue de la Roquette, 75011 Paris");
        Assert.Contains("Je passe la commande ?", await first.SayAsync("marie@exemple.fr"));
        Assert.Contains("Voulez-vous que je vous prévienne", await first.SayAsync("oui"));
        Assert.Contains("C'est noté", await first.SayAsync("oui"));

        var job = Assert.Single(scheduler.All);
        var customer = job.Request.To.CustomerKey;
        Assert.EndsWith("/" + visitor, customer);
        var greeting = factory.Services.GetRequiredService<IProactiveGreeting>();
        Assert.Empty(await greeting.TakeDueAsync(customer, CultureInfo.GetCultureInfo("fr-FR")));

        time.Advance(TimeSpan.FromDays(12));
        var offered = Assert.IsAssignableFrom<IMessageActivity>(Assert.Single(await greeting.TakeDueAsync(customer, CultureInfo.GetCultureInfo("fr-FR"))));
        Assert.Contains("3 × Arpeggio", offered.Text);
        var button = Assert.Single(offered.SuggestedActions.Actions);

        var next = await VisitAsync(client, visitor);
        var summary = await next.SayAsync((string)button.Value);

        Assert.Contains("J'ai mis dans votre panier la même chose que la dernière fois", summary);
        Assert.Contains("livré au 12 rue de la Roquette, 75011 Paris", summary);
        Assert.Contains("Je passe la commande ?", summary);
    }

    /// <summary>A new conversation of the same visitor (a token bound to their id, as the chat page's server issues).</summary>
    private static async Task<Visit> VisitAsync(DirectLineTestClient client, string visitor)
    {
        var generated = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret, new JObject { ["user"] = new JObject { ["id"] = visitor } }.ToString());
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = JObject.Parse(await generated.Content.ReadAsStringAsync());
        var visit = new Visit(client, body.Value<string>("conversationId")!, body.Value<string>("token")!);
        await client.StartAsync(visit.Token);
        visit.Watermark = (await client.GetActivitiesAsync(visit.ConversationId, visit.Token)).Value<string>("watermark");
        return visit;
    }

    private sealed class Visit(DirectLineTestClient client, string conversationId, string token)
    {
        public string ConversationId { get; } = conversationId;

        public string Token { get; } = token;

        public string? Watermark { get; set; }

        public Task<string> SayAsync(string text) =>
            SendAsync(new JObject { ["type"] = "message", ["text"] = text, ["locale"] = "fr-FR" });

        /// <summary>Posts the activity and returns the bot's texts that followed it.</summary>
        public async Task<string> SendAsync(JObject activity)
        {
            activity["locale"] ??= "fr-FR";
            var posted = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", Token, activity.ToString());
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            var page = await client.GetActivitiesAsync(ConversationId, Token, Watermark);
            Watermark = page.Value<string>("watermark");
            return string.Join("\n", ((JArray)page["activities"]!)
                .Where(a => a["from"]?.Value<string>("role") == "bot")
                .Select(a => a.Value<string>("text"))
                .Where(t => !string.IsNullOrEmpty(t)));
        }
    }
}
