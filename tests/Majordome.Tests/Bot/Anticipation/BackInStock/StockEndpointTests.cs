using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Bot.Anticipation;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Commerce;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation.BackInStock;

/// <summary>
/// POST /api/products/{sku}/stock over real HTTP on loopback: the back office's key checked in the same way as the
/// order statuses', unknown products and bad quantities refused clearly with nothing changed, and a product back from
/// zero tells each waiting customer once.
/// </summary>
public sealed class StockEndpointTests : IDisposable
{
    private const string Key = "back-office-key-0123456789abcdefghijkl";

    // Sold out in brand/catalog.yaml.
    private const string Minuit = "CAP-MINUIT";

    private readonly BotApplicationFactory _factory;
    private readonly HttpClient _client;

    public StockEndpointTests()
    {
        // The production composition: the stock, the waiting list and the scheduler on the host's SQLite business database.
        _factory = new BotApplicationFactory(new Dictionary<string, string?> { ["BackOffice:ApiKey"] = Key });
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string sku, string body, string? bearer = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/products/{sku}/stock") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return _client.SendAsync(request);
    }

    private Task<bool> WaitAsync(string user, string sku = Minuit) =>
        _factory.Services.GetRequiredService<IStockWaitingList>().AddAsync(new StockWaiter(
            new ProactiveAddress("webchat/" + user, "webchat", user, "conversation-" + user, null, "fr-FR", "Europe/Paris"), sku, "Voulez-vous que je vous prévienne ?", DateTimeOffset.UtcNow));

    private Task<int> StockAsync(string sku = Minuit) => _factory.Services.GetRequiredService<IOrderStore>().GetStockAsync(sku);

    private Task<IReadOnlyList<ProactiveJob>> JobsAsync(string user) => _factory.Services.GetRequiredService<IProactiveScheduler>().ListForCustomerAsync("webchat/" + user);

    [Fact]
    public async Task BackFromZero_SetsTheStock_AndTellsEachWaitingCustomerOnce()
    {
        await WaitAsync("alice");
        await WaitAsync("bob");

        var response = await PostAsync(Minuit, """{ "quantity": 24 }""");
        var again = await PostAsync(Minuit, """{ "quantity": 30 }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((0, 24, 2), (body.Value<int>("previous"), body.Value<int>("stock"), body.Value<int>("notified")));
        Assert.Equal(0, JObject.Parse(await again.Content.ReadAsStringAsync()).Value<int>("notified"));
        Assert.Equal(30, await StockAsync());
        var job = Assert.Single(await JobsAsync("alice"));
        Assert.Single(await JobsAsync("bob"));
        Assert.Equal((ProactiveKinds.BackInStock, "conversation-alice"), (job.Request.Kind, job.Request.To.ConversationId));
        Assert.True(await _factory.Services.GetRequiredService<SqlStockWaitingList>().IsNotifiedAsync("webchat/alice", Minuit));

        // The message, composed as the worker or the next visit's greeting will: an offer the customer asked for.
        var composer = _factory.Services.GetServices<IProactiveMessageComposer>().Single(c => c.Kind == ProactiveKinds.BackInStock);
        var message = await composer.ComposeAsync(job, CultureInfo.GetCultureInfo("fr-FR"), CancellationToken.None);
        Assert.Equal((ProactiveCategory.Marketing, true), (message!.Category, message.AskedForByCustomer));
        var sentence = (IMessageActivity)message.Activities[0];
        Assert.Contains("Minuit est de retour en stock", sentence.Text);
        Assert.Equal("Ajouter au panier", Assert.Single(sentence.SuggestedActions.Actions).Value);
        Assert.NotEmpty(((IMessageActivity)message.Activities[1]).Attachments);
        Assert.Equal(("back_in_stock", "Minuit"), (message.Template!.Name, message.Template.Parameters[0]));
        var english = await composer.ComposeAsync(job, CultureInfo.GetCultureInfo("en-US"), CancellationToken.None);
        Assert.Contains("Minuit is back in stock", ((IMessageActivity)english!.Activities[0]).Text);
    }

    [Fact]
    public async Task StillZero_SchedulesNothing_AndTheCustomerKeepsWaiting()
    {
        await WaitAsync("alice");

        var response = await PostAsync(Minuit, """{ "quantity": 0 }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, JObject.Parse(await response.Content.ReadAsStringAsync()).Value<int>("notified"));
        Assert.Empty(await JobsAsync("alice"));
        Assert.Single(await _factory.Services.GetRequiredService<IStockWaitingList>().ListWaitingAsync(Minuit));
    }

    [Fact]
    public async Task SoldOutAgainBeforeSending_TheMessageIsNotComposed()
    {
        await WaitAsync("alice");
        await PostAsync(Minuit, """{ "quantity": 2 }""");
        await PostAsync(Minuit, """{ "quantity": 0 }""");

        var composer = _factory.Services.GetServices<IProactiveMessageComposer>().Single(c => c.Kind == ProactiveKinds.BackInStock);
        Assert.Null(await composer.ComposeAsync(Assert.Single(await JobsAsync("alice")), CultureInfo.GetCultureInfo("fr-FR"), CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdefghijklmnopq")]
    [InlineData("")]
    public async Task WithoutTheKey_401_AndNothingChanges(string? bearer)
    {
        await WaitAsync("alice");

        var response = await PostAsync(Minuit, """{ "quantity": 24 }""", bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(0, await StockAsync());
        Assert.Empty(await JobsAsync("alice"));
    }

    [Theory]
    [InlineData("CAP-INCONNU")]
    [InlineData("cap-minuit%20")]
    public async Task UnknownProduct_404(string sku)
    {
        var response = await PostAsync(sku, """{ "quantity": 24 }""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No product", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{ "quantity": -1 }""")]
    [InlineData("""{ "quantity": 2.5 }""")]
    [InlineData("""{ "quantity": "24" }""")]
    [InlineData("""{ "quantity": 1000001 }""")]
    [InlineData("""{ "stock": 24 }""")]
    [InlineData("not json")]
    public async Task BadQuantity_400_SayingWhatIsAccepted_AndNothingChanges(string body)
    {
        await WaitAsync("alice");

        var response = await PostAsync(Minuit, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("a whole number of units from 0 to 1000000", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await StockAsync());
        Assert.Empty(await JobsAsync("alice"));
    }

    [Fact]
    public async Task NoKeyConfigured_EveryoneGets401()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/products/{Minuit}/stock") { Content = new StringContent("""{ "quantity": 3 }""", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
