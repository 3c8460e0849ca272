using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Majordome.Dialogs.Flows;

/// <summary>What the flows' action and card steps use: the actions by name, the catalog, the options and the log.</summary>
/// <param name="Actions">The registered actions.</param>
/// <param name="Catalog">The products a card step's carousel shows, or null (such a step then shows nothing).</param>
/// <param name="Options">The actions' limits.</param>
/// <param name="Logger">Where failed actions and cards are logged.</param>
public sealed record FlowServices(FlowActionRegistry Actions, ICatalog? Catalog, FlowOptions Options, ILogger Logger)
{
    /// <summary>The bot's public address, on which an image step's /media/ path is made absolute; null when none is configured.</summary>
    public Uri? PublicBase { get; init; }

    /// <summary>The durable schedule a schedule step adds its message to; null where none runs (the step is then skipped, logged).</summary>
    public Anticipation.IProactiveScheduler? Scheduler { get; init; }

    /// <summary>Where an opt-in step keeps the customer's consent; null where none is kept (the step is then skipped, logged).</summary>
    public Anticipation.IProactiveConsents? Consents { get; init; }

    /// <summary>The back-in-stock waiting list a notify-when step adds the customer to; null where none is kept (the step is then skipped, logged).</summary>
    public Anticipation.BackInStock.IStockWaitingList? WaitingList { get; init; }

    /// <summary>The live stock a notify-when step reads (a product in stock puts nobody on the list); null to read the catalog's.</summary>
    public Commerce.IOrderStore? Stock { get; init; }

    /// <summary>No actions, no catalog: a flow with action steps fails each of them (logged) and goes on.</summary>
    public static FlowServices None { get; } = new(FlowActionRegistry.Empty, null, new FlowOptions(), NullLogger.Instance);

    /// <summary>Where experiments keep their assignments; by default nothing is kept and the hash alone decides.</summary>
    public Experiments.IFlowExperimentLog Experiments { get; init; } = Flows.Experiments.NoFlowExperimentLog.Instance;
}
