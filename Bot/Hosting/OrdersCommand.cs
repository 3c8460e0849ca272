using System.Globalization;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Orders;
using Majordome.Dialogs.Commerce;

namespace Majordome.Bot.Hosting;

/// <summary>
/// <c>orders status &lt;number&gt; &lt;status&gt;</c>: moves an order along (prepared, shipped, ready-for-pick-up) in the
/// database the "Storage" section names, without starting the bot, and schedules the customer's update as
/// <c>POST /api/orders/{number}/status</c> does.
/// </summary>
public static class OrdersCommand
{
    /// <summary>The command-line argument.</summary>
    public const string Name = "orders";

    /// <summary>What the command prints when its arguments are not understood.</summary>
    public static readonly string Usage = $"""
        usage: orders status <number> <status>
               <status> is one of: {string.Join(", ", OrderUpdateStatuses.Names)}. The customer is told (at the
               address of the conversation that placed the order) where the assistant may write first.
        """;

    /// <summary>Whether <paramref name="args"/> ask for this command.</summary>
    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configuration">The bot's configuration (its "Storage" section).</param>
    /// <param name="output">Where to print.</param>
    /// <param name="addAnticipation">Registers the scheduler and consents (<see cref="AnticipationServices"/>); without it the status is set and nobody is told.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, Action<IServiceCollection>? addAnticipation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [Name, "status", var numberText, var statusText]
            || !long.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || OrderUpdateStatuses.Parse(statusText) is not { } status)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(TimeProvider.System).AddMajordomeStorage(configuration).AddMajordomeData();
        addAnticipation?.Invoke(services);
        await using var provider = services.BuildServiceProvider();
        try
        {
            var (order, job) = await OrderStatusChange.ApplyAsync(
                provider.GetRequiredService<IOrderStatusStore>(), provider.GetService<AnticipationServices>(), number, status, cancellationToken).ConfigureAwait(false);
            if (order is null)
            {
                await output.WriteLineAsync($"No order {number}.").ConfigureAwait(false);
                return 1;
            }

            await output.WriteLineAsync($"Order {number} is now {OrderUpdateStatuses.NameOf(status)}; " + (job is null ? "the customer was not told (no scheduler configured, or no address kept for this order)." : "the customer's update is scheduled.")).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not update the order in the database of the \"Storage\" settings: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
