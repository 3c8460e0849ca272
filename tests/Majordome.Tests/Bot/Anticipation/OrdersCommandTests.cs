using System.Globalization;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Commerce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary><c>orders status &lt;number&gt; &lt;status&gt;</c> on the bot's SQLite database: the same change as the back office's endpoint.</summary>
public sealed class OrdersCommandTests : IDisposable
{
    private const string Customer = "webchat/cli-customer";

    private readonly BotApplicationFactory _factory = new(new() { ["Storage:Provider"] = "Sqlite" });

    public void Dispose() => _factory.Dispose();

    private IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:DataDirectory"] = _factory.DataDirectory,
    }).Build();

    // As Program.cs composes the command: the durable schedule on the same database, which the bot's worker sends.
    private static void AddAnticipation(IServiceCollection services) =>
        services.AddMajordomeProactiveSchedule().AddMajordomeAnticipationSenders();

    /// <summary>The customer's scheduled messages, read from the database the command wrote to.</summary>
    private Task<IReadOnlyList<ProactiveJob>> ScheduledAsync() =>
        _factory.Services.GetRequiredService<IProactiveScheduler>().ListForCustomerAsync(Customer);

    private async Task<Order> PlaceOrderAsync()
    {
        var placed = (PlaceOrderResult.Placed)await _factory.Services.GetRequiredService<IOrderStore>().PlaceOrderAsync(new OrderRequest(
            "webchat/cli-customer", "fr", [new OrderLine("CAP-LUNGO", "Lungo", 4.20m, 1)], Deliveries.PickUp("lyon-bellecour"), "marie@exemple.fr", 0m, PaymentMethod.AtPickUp));
        await _factory.Services.GetRequiredService<AnticipationServices>().OrderAddresses!.SaveAsync(
            placed.Order.Number, new ProactiveAddress("webchat/cli-customer", "webchat", "cli-customer", "conversation-cli", null, "fr-FR", null));
        return placed.Order;
    }

    [Fact]
    public async Task ReadyForPickUp_SetsTheStatus_AndSchedulesTheUpdate()
    {
        var order = await PlaceOrderAsync();
        using var output = new StringWriter();

        var code = await OrdersCommand.RunAsync(["orders", "status", order.Number.ToString(CultureInfo.InvariantCulture), "ready-for-pick-up"], Configuration(), output, AddAnticipation);

        Assert.True(code == 0, output.ToString());
        Assert.Contains($"Order {order.Number} is now ready-for-pick-up; the customer's update is scheduled.", output.ToString());
        Assert.Equal(OrderStatus.ReadyForPickUp, (await _factory.Services.GetRequiredService<IOrderStore>().FindOrderAsync(order.Number, order.CustomerKey))!.Status);
        var job = Assert.Single(await ScheduledAsync());
        Assert.Equal((ProactiveKinds.OrderUpdate, "conversation-cli"), (job.Request.Kind, job.Request.To.ConversationId));
    }

    [Theory]
    [InlineData("orders", "status", "12", "lost")]
    [InlineData("orders", "status", "douze", "shipped")]
    [InlineData("orders", "status", "12")]
    [InlineData("orders")]
    public async Task NotUnderstood_PrintsTheUsage(params string[] args)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await OrdersCommand.RunAsync(args, Configuration(), output, AddAnticipation));
        Assert.Contains("usage: orders status <number> <status>", output.ToString());
        Assert.Contains("prepared, shipped, ready-for-pick-up", output.ToString());
    }

    [Fact]
    public async Task UnknownOrder_IsSaid_AndExitsWithOne()
    {
        using var output = new StringWriter();

        Assert.Equal(1, await OrdersCommand.RunAsync(["orders", "status", "987654321", "shipped"], Configuration(), output, AddAnticipation));
        Assert.True(output.ToString().Contains("No order 987654321.", StringComparison.Ordinal), output.ToString());
        Assert.Empty(await ScheduledAsync());
    }
}
