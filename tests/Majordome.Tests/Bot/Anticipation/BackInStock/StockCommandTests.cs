using Majordome.Bot.Hosting;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Commerce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Anticipation.BackInStock;

/// <summary><c>stock set &lt;sku&gt; &lt;quantity&gt;</c> on the bot's SQLite database: the same change as the back office's endpoint.</summary>
public sealed class StockCommandTests : IDisposable
{
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

    [Fact]
    public async Task BackFromZero_SetsTheStock_AndSchedulesTheWaitingCustomersMessage()
    {
        await _factory.Services.GetRequiredService<IStockWaitingList>().AddAsync(new StockWaiter(
            new ProactiveAddress("webchat/cli-customer", "webchat", "cli-customer", "conversation-cli", null, "fr-FR", null), "MAC-ESCALE", "Prévenez-moi ?", DateTimeOffset.UtcNow));
        using var output = new StringWriter();

        var code = await StockCommand.RunAsync(["stock", "set", "MAC-ESCALE", "4"], Configuration(), output, AddAnticipation);

        Assert.True(code == 0, output.ToString());
        Assert.Contains("Stock of MAC-ESCALE is now 4 (was 0); 1 waiting customer(s) told it is back.", output.ToString());
        Assert.Equal(4, await _factory.Services.GetRequiredService<IOrderStore>().GetStockAsync("MAC-ESCALE"));
        var job = Assert.Single(await _factory.Services.GetRequiredService<IProactiveScheduler>().ListForCustomerAsync("webchat/cli-customer"));
        Assert.Equal((ProactiveKinds.BackInStock, "conversation-cli"), (job.Request.Kind, job.Request.To.ConversationId));
    }

    [Theory]
    [InlineData("stock", "set", "CAP-LUNGO", "-3")]
    [InlineData("stock", "set", "CAP-LUNGO", "douze")]
    [InlineData("stock", "set", "CAP-LUNGO")]
    [InlineData("stock", "add", "CAP-LUNGO", "3")]
    [InlineData("stock")]
    public async Task NotUnderstood_PrintsTheUsage_AndChangesNothing(params string[] args)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await StockCommand.RunAsync(args, Configuration(), output, AddAnticipation));
        Assert.Contains("usage: stock set <sku> <quantity>", output.ToString());
        Assert.Equal(150, await _factory.Services.GetRequiredService<IOrderStore>().GetStockAsync("CAP-LUNGO"));
    }

    [Fact]
    public async Task UnknownProduct_IsSaid_AndExitsWithOne()
    {
        using var output = new StringWriter();

        Assert.Equal(1, await StockCommand.RunAsync(["stock", "set", "CAP-INCONNU", "3"], Configuration(), output, AddAnticipation));
        Assert.Contains("No product CAP-INCONNU in the stock", output.ToString());
    }
}
