using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Loads the marketer's flows at start-up. A broken flow file never stops the bot: its problems are logged, one
/// line each with file, line and column, and the other flows serve.
/// </summary>
public static class FlowCatalogLoader
{
    /// <summary>The catalog of the valid flows in the brand content folder's flows folder.</summary>
    /// <param name="content">Where the brand content is.</param>
    /// <param name="logger">Where problems are logged.</param>
    /// <param name="actions">The registered actions action steps may call; the built-in ones when null.</param>
    public static FlowCatalog Load(IOptions<BrandContentOptions> content, ILogger logger, IReadOnlyList<FlowActionSignature>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(logger);

        // The same rules as a hot reload, with nothing serving yet.
        var reloader = new FlowCatalogReloader(content.Value.ContentDirectory, logger, actions: actions);
        reloader.Reload();
        return reloader.Source.Current;
    }
}
