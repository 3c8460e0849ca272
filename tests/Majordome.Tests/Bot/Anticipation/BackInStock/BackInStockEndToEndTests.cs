using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Anticipation;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation.BackInStock;

/// <summary>
/// Back in stock end to end on the real host over Direct Line (the Web Chat channel), with the production composition
/// (the SQLite business database, the scheduler, the waiting list, the composer and the greeting) and a fake clock: a
/// visitor meets a sold-out product, asks to be told, the back office restocks it over HTTP, the next visit's
/// greeting says it is back, and one tap puts it in the cart.
/// </summary>
public sealed class BackInStockEndToEndTests
{
    private const string Secret = "back-in-stock-e2e-secret-0123456789";
    private const string Key = "back-office-key-0123456789abcdefghijkl";

    [Fact]
    public async Task SoldOut_NotifyMe_BackOfficeRestocks_NextVisitGreetingSaysItIsBack_OneTapAddsItToTheCart()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["BackOffice:ApiKey"] = Key },
            services => services.AddSingleton<TimeProvider>(time));
        using var http = factory.CreateClient();
        var client = new DirectLineTestClient(http);
        var visitor = "dl_visitor-" + Guid.NewGuid().ToString("N");

        var (first, _) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        await first.SayAsync("Acheter");
        var soldOut = await first.SayAsync("je voudrais 2 étuis de minuit");
        Assert.Contains("Minuit est en rupture de stock", soldOut);
        Assert.Contains("Voulez-vous que je vous prévienne dès que Minuit sera de retour en stock ?", soldOut);
        Assert.Contains("C'est noté", await first.SayAsync("Prévenez-moi"));

        time.Advance(TimeSpan.FromDays(4));
        using var restock = new HttpRequestMessage(HttpMethod.Post, "/api/products/CAP-MINUIT/stock") { Content = new StringContent("""{ "quantity": 40 }""", Encoding.UTF8, "application/json") };
        restock.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var restocked = await http.SendAsync(restock);
        Assert.Equal(HttpStatusCode.OK, restocked.StatusCode);
        Assert.Equal(1, JObject.Parse(await restocked.Content.ReadAsStringAsync()).Value<int>("notified"));

        var (next, greeting) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.Contains("Bonne nouvelle : Minuit est de retour en stock !", greeting.Text);
        Assert.Contains(greeting.Cards, c => c.Contains("Minuit", StringComparison.Ordinal));
        var button = greeting.Buttons[0];
        Assert.Equal("Ajouter au panier", button);
        var cart = await next.SendAsync(new JObject { ["type"] = "message", ["text"] = button });

        Assert.Contains("Ajouté à votre panier : 1 × Minuit.", cart);
        var jobs = factory.Services.GetRequiredService<SqlProactiveJobs>();
        var job = Assert.Single(await jobs.ListAsync(null, null, 100), j => j.Request.To.UserId == visitor);
        Assert.Equal((ProactiveKinds.BackInStock, ProactiveJobStatus.Sent), (job.Request.Kind, job.Status));

        // The greeting showed it once: the visit after that says nothing of it.
        var (_, later) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.DoesNotContain("de retour en stock", later.Text);
    }
}
