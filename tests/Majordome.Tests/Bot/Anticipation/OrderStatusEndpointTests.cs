using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Commerce;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// POST /api/orders/{number}/status over real HTTP on loopback: the back office's key checked, unknown orders and
/// statuses refused clearly, and a status change sets the order and schedules the customer's update due now.
/// </summary>
public sealed class OrderStatusEndpointTests : IDisposable
{
    private const string Key = "back-office-key-0123456789abcdefghijkl";

    private const string Customer = "webchat/back-office-customer";

    private readonly BotApplicationFactory _factory;
    private readonly HttpClient _client;

    public OrderStatusEndpointTests()
    {
        // The production composition: the durable scheduler on the host's SQLite business database.
        _factory = new BotApplicationFactory(new Dictionary<string, string?> { ["BackOffice:ApiKey"] = Key });
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    /// <summary>An order placed for pick-up in Lyon, with the address its checkout turn would have kept.</summary>
    private async Task<Order> PlaceOrderAsync(string customer = Customer)
    {
        var orders = _factory.Services.GetRequiredService<IOrderStore>();
        var placed = (PlaceOrderResult.Placed)await orders.PlaceOrderAsync(new OrderRequest(
            customer, "fr", [new OrderLine("CAP-ARPEGGIO", "Arpeggio", 4.20m, 2)], Deliveries.PickUp("lyon-bellecour"), "marie@exemple.fr", 0m, PaymentMethod.AtPickUp));
        var anticipation = _factory.Services.GetRequiredService<AnticipationServices>();
        await anticipation.OrderAddresses!.SaveAsync(placed.Order.Number, new ProactiveAddress(customer, "webchat", "back-office-customer", "conversation-7", null, "fr-FR", "Europe/Paris"));
        return placed.Order;
    }

    private Task<HttpResponseMessage> PostAsync(string number, string body, string? bearer = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{number}/status") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return _client.SendAsync(request);
    }

    /// <summary>The customer's scheduled updates, oldest first.</summary>
    private async Task<IReadOnlyList<ProactiveJob>> ScheduledAsync() =>
        [.. (await _factory.Services.GetRequiredService<IProactiveScheduler>().ListForCustomerAsync(Customer)).OrderBy(j => j.Id)];

    private static string Number(Order order) => order.Number.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Shipped_SetsTheStatus_AndSchedulesTheCustomersUpdateDueNow()
    {
        var order = await PlaceOrderAsync();
        var before = DateTimeOffset.UtcNow;

        var response = await PostAsync(Number(order), """{ "status": "shipped" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(("shipped", true), (body.Value<string>("status"), body.Value<bool>("notified")));
        var stored = await _factory.Services.GetRequiredService<IOrderStore>().FindOrderAsync(order.Number, order.CustomerKey);
        Assert.Equal(OrderStatus.Shipped, stored!.Status);
        var job = Assert.Single(await ScheduledAsync());
        Assert.Equal((ProactiveKinds.OrderUpdate, "conversation-7"), (job.Request.Kind, job.Request.To.ConversationId));
        Assert.InRange(job.Request.DueAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));

        var composer = _factory.Services.GetServices<IProactiveMessageComposer>().Single(c => c.Kind == ProactiveKinds.OrderUpdate);
        var message = await composer.ComposeAsync(job, CultureInfo.GetCultureInfo("fr-FR"), CancellationToken.None);
        Assert.Equal(ProactiveCategory.Utility, message!.Category);
        Assert.Contains($"Votre commande {order.Number} est expédiée", ((IMessageActivity)message.Activities[0]).Text);
        Assert.Equal(("order_update", "expédiée"), (message.Template!.Name, message.Template.Parameters[1]));
    }

    [Fact]
    public async Task SameStatusTwice_OneUpdate_AndAStaleUpdateIsNotComposed()
    {
        var order = await PlaceOrderAsync();

        await PostAsync(Number(order), """{ "status": "prepared" }""");
        await PostAsync(Number(order), """{ "status": "Prepared" }""");
        var ready = await PostAsync(Number(order), """{ "status": "ready_for_pick_up" }""");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var scheduled = await ScheduledAsync();
        Assert.Equal(2, scheduled.Count);
        var composer = _factory.Services.GetServices<IProactiveMessageComposer>().Single(c => c.Kind == ProactiveKinds.OrderUpdate);
        Assert.Null(await composer.ComposeAsync(scheduled[0], CultureInfo.GetCultureInfo("fr-FR"), CancellationToken.None));
        var pickUp = await composer.ComposeAsync(scheduled[1], CultureInfo.GetCultureInfo("en-US"), CancellationToken.None);
        Assert.Contains("is waiting for you at Maison Tasse Lyon Bellecour", ((IMessageActivity)pickUp!.Activities[0]).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdefghijklmnopq")]
    [InlineData("")]
    public async Task WithoutTheKey_401_AndNothingChanges(string? bearer)
    {
        var order = await PlaceOrderAsync();

        var response = await PostAsync(Number(order), """{ "status": "shipped" }""", bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(OrderStatus.Placed, (await _factory.Services.GetRequiredService<IOrderStore>().FindOrderAsync(order.Number, order.CustomerKey))!.Status);
        Assert.Empty(await ScheduledAsync());
    }

    [Theory]
    [InlineData("999999999")]
    [InlineData("abc")]
    public async Task UnknownOrder_404(string number)
    {
        var response = await PostAsync(number, """{ "status": "shipped" }""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"No order {number}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{ "status": "lost" }""")]
    [InlineData("""{ "state": "shipped" }""")]
    [InlineData("""{ "status": 3 }""")]
    [InlineData("not json")]
    public async Task BadStatus_400_NamingTheStatusesAccepted_AndNothingChanges(string body)
    {
        var order = await PlaceOrderAsync();

        var response = await PostAsync(Number(order), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("prepared, shipped, ready-for-pick-up", await response.Content.ReadAsStringAsync());
        Assert.Equal(OrderStatus.Placed, (await _factory.Services.GetRequiredService<IOrderStore>().FindOrderAsync(order.Number, order.CustomerKey))!.Status);
    }

    [Fact]
    public async Task NoKeyConfigured_EveryoneGets401()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders/1/status") { Content = new StringContent("""{ "status": "shipped" }""", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
