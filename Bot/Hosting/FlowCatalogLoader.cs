using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Loads the marketer's flows at start-up. A broken flow file never stops the bot: its problems are logged, one
/// line each with file, line and column, and the other flows serve.
/// </summary>
public static partial class FlowCatalogLoader
{
    /// <summary>The catalog of the valid flows in the brand content folder's flows folder.</summary>
    /// <param name="content">Where the brand content is.</param>
    /// <param name="logger">Where problems are logged.</param>
    /// <param name="actions">The registered actions action steps may call; the built-in ones when null.</param>
    public static FlowCatalog Load(IOptions<BrandContentOptions> content, ILogger logger, IReadOnlyList<FlowActionSignature>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(logger);
        var result = FlowLoader.Load(content.Value.ContentDirectory, actions);
        foreach (var problem in result.Problems)
        {
            LogProblem(logger, problem.ToString());
        }

        // A flow that goes to a flow left out would strand its customers at the end: leave it out too.
        var flows = result.Flows.ToList();
        bool removed;
        do
        {
            var ids = flows.Select(f => f.Id).Concat(FlowLoader.BuiltInTargets).ToHashSet(StringComparer.OrdinalIgnoreCase);
            removed = flows.RemoveAll(f => Gotos(f.Steps).Any(t => !ids.Contains(t))) > 0;
        }
        while (removed);

        LogLoaded(logger, flows.Count, result.Problems.Count);
        return new FlowCatalog(flows);
    }

    private static IEnumerable<string> Gotos(IEnumerable<FlowStep> steps) =>
        steps.SelectMany(s => s switch
        {
            GotoStep go => [go.Target],
            IfStep branch => Gotos(branch.Then).Concat(Gotos(branch.Else)),
            ActionStep action => Gotos(action.OnError),
            _ => [],
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Flow file problem, the flow is not served: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} declarative flows loaded ({Problems} problems)")]
    private static partial void LogLoaded(ILogger logger, int count, int problems);
}
