using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>stock set &lt;sku&gt; &lt;quantity&gt;</c>: sets a product's live stock in the database the "Storage" section names,
/// without starting the bot; a product in stock is announced to the customers still waiting for it, as
/// <c>POST /api/products/{sku}/stock</c> does.
/// </summary>
public static class StockCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "stock";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public static readonly string Usage = $"""
        usage: stock set <sku> <quantity>
               <quantity> is {StockQuantity.Rule} (sleeves for capsules). When the product was sold out, the
               customers who asked to be told are (at the address of the conversation where they asked) where the
               assistant may write first.
        """;

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configuration">The bot's configuration (its "Storage" and "Brand" sections).</param>
    /// <param name="output">Where to print.</param>
    /// <param name="addAnticipation">Registers the scheduler and the waiting list (<see cref="AnticipationServices"/>); without it the stock is set and nobody is told.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, Action<IServiceCollection>? addAnticipation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Name, "set", var sku, var quantityText] || string.IsNullOrWhiteSpace(sku) || StockQuantity.Parse(quantityText) is not { } quantity)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(TimeProvider.System).AddMajordomeStorage(configuration).AddMajordomeData();
        addAnticipation?.Invoke(services);
        await using var provider = services.BuildServiceProvider();
        try
        {
            var (change, jobs) = await StockRestock.ApplyAsync(
                provider.GetRequiredService<IStockLevels>(), provider.GetService<AnticipationServices>(), sku, quantity, cancellationToken).ConfigureAwait(false);
            if (change is null)
            {
                // The products are registered from catalog.yaml when the bot starts.
                await output.WriteLineAsync($"No product {sku} in the stock (products are registered from catalog.yaml when the bot first starts).").ConfigureAwait(false);
                return 1;
            }

            await output.WriteLineAsync($"Stock of {sku} is now {change.Current} (was {change.Previous}); " + (change.Current > 0
                ? $"{jobs.Count} waiting customer(s) told it is back."
                : "nobody is told (it is sold out).")).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not set the stock in the database of the \"Storage\" settings: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
