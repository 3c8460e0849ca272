using System.Net;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.DirectLine;
using Majordome.Bot.Anticipation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// The reorder reminder end to end on the real host over Direct Line (the Web Chat channel), with the production
/// composition of the scheduler, consents, composers and greeting (the SQLite business database): a visitor orders
/// capsules typing and tapping, says yes to reminders, the clock advances, the next visit's greeting offers the same
/// again, and one tap reaches the checkout summary.
/// </summary>
public sealed class ReorderEndToEndTests
{
    private const string Secret = "reorder-e2e-secret-0123456789abcdef";

    [Fact]
    public async Task WebChatOrder_ClockAdvances_NextVisitGreetingOffersTheReorder_OneTapReachesTheSummary()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret },
            services => services.AddSingleton<TimeProvider>(time));
        var client = new DirectLineTestClient(factory.CreateClient());
        var visitor = "dl_visitor-" + Guid.NewGuid().ToString("N");

        var (first, _) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        await first.SayAsync("Acheter");
        await first.SendAsync(new JObject { ["type"] = "message", ["value"] = new JObject { ["action"] = "addToCart", ["sku"] = "CAP-ARPEGGIO" } });
        await first.SayAsync("3");
        await first.SayAsync("Commander");
        await first.SayAsync("Livraison à domicile");
        await first.SayAsync("12 rue de la Roquette, 75011 Paris");
        Assert.Contains("Je passe la commande ?", await first.SayAsync("marie@exemple.fr"));
        Assert.Contains("Voulez-vous que je vous prévienne", await first.SayAsync("oui"));
        Assert.Contains("C'est noté", await first.SayAsync("oui"));

        var jobs = factory.Services.GetRequiredService<SqlProactiveJobs>();
        var job = Assert.Single(await jobs.ListAsync(null, ProactiveJobStatus.Pending, 100), j => j.Request.To.UserId == visitor);
        Assert.Equal(ProactiveKinds.Reorder, job.Request.Kind);
        var (_, earlyGreeting) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.DoesNotContain("la même chose", earlyGreeting.Text, StringComparison.OrdinalIgnoreCase);

        time.Advance(TimeSpan.FromDays(12));
        var (next, greeting) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.Contains("3 × Arpeggio", greeting.Text);
        // The offer's one button comes first, then the welcome's menu.
        var button = greeting.Buttons[0];
        Assert.Equal("La même chose", button);
        var summary = await next.SendAsync(new JObject { ["type"] = "message", ["text"] = button });

        Assert.Contains("J'ai mis dans votre panier la même chose que la dernière fois", summary);
        Assert.Contains("livré au 12 rue de la Roquette, 75011 Paris", summary);
        Assert.Contains("Je passe la commande ?", summary);
        Assert.Equal(ProactiveJobStatus.Sent, (await jobs.ListForCustomerAsync(job.Request.To.CustomerKey)).Single(j => j.Id == job.Id).Status);
    }
}
