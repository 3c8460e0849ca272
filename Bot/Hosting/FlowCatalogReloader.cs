using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Reads every flow file again, validates them together and publishes the result to <see cref="Source"/>. A file
/// with problems is rejected with each problem logged (file, line, column) and the flow it held last time it was
/// valid keeps serving (so does a flow whose goto target was deleted); a deleted file removes its flow. One summary line per reload says what changed.
/// </summary>
public sealed partial class FlowCatalogReloader
{
    private readonly string _contentDirectory;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<FlowActionSignature>? _actions;

    // The flow each file held the last time it was valid, by file name: what serves while the file is broken.
    private Dictionary<string, FlowDefinition> _lastGood = new(StringComparer.Ordinal);

    /// <summary>Creates the reloader of the flows folder of <paramref name="contentDirectory"/>.</summary>
    /// <param name="contentDirectory">The brand content folder (its flows folder holds the flow files).</param>
    /// <param name="logger">Where problems and summaries go.</param>
    /// <param name="source">Where catalogs are published; a new empty one when null.</param>
    /// <param name="actions">The actions action steps may call; the built-in ones when null.</param>
    public FlowCatalogReloader(string contentDirectory, ILogger logger, FlowCatalogSource? source = null, IReadOnlyList<FlowActionSignature>? actions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentDirectory);
        ArgumentNullException.ThrowIfNull(logger);
        _contentDirectory = contentDirectory;
        _logger = logger;
        _actions = actions;
        Source = source ?? new FlowCatalogSource();
    }

    /// <summary>The flows serving now, as the main dialog reads them.</summary>
    public FlowCatalogSource Source { get; }

    /// <summary>The flows folder.</summary>
    public string Folder => Path.Combine(Path.GetFullPath(_contentDirectory), FlowLoader.FolderName);

    /// <summary>The stamp of the flow files as the last load read them (empty before the first); see <see cref="FlowFolderStamp"/>.</summary>
    public string LoadedStamp { get; private set; } = string.Empty;

    /// <summary>Reloads every flow file and publishes the new catalog when the flows serving changed.</summary>
    public FlowReloadSummary Reload()
    {
        lock (_gate)
        {
            var previous = Source.Current;

            // Taken before reading: a file saved during the load changes the stamp, so the next check reloads again.
            LoadedStamp = FlowFolderStamp.Of(Folder);
            FlowLoadResult result;
            try
            {
                result = FlowLoader.Load(_contentDirectory, _actions);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogLoadFailed(_logger, e, previous.Flows.Count);
                return Unchanged(previous);
            }

            // A folder that vanished is more likely a mount or a deploy in progress than a wish to remove every flow
            // (deleting the files does that): keep serving what serves.
            if (!Directory.Exists(Folder) && _lastGood.Count > 0)
            {
                LogFolderMissing(_logger, Folder, previous.Flows.Count);
                return Unchanged(previous);
            }

            foreach (var problem in result.Problems)
            {
                LogProblem(_logger, problem.ToString());
            }

            // A flow whose goto target was deleted is a problem in its file (reported above) and keeps serving its
            // last good version: its customers finish it and are told at the goto (MainDialog), none is dropped.
            var (flows, lastGood, rejected) = Merge(result);
            var catalog = new FlowCatalog(flows);
            var summary = Compare(previous, catalog, rejected);
            _lastGood = lastGood;
            if (summary.HasChanges || previous.Flows.Count != catalog.Flows.Count)
            {
                Source.Publish(catalog);
            }

            LogReloaded(_logger, summary.ToString());
            return summary;
        }
    }

    private (List<FlowDefinition> Flows, Dictionary<string, FlowDefinition> LastGood, List<string> Rejected) Merge(FlowLoadResult result)
    {
        var files = result.Files ?? [.. result.Flows.Select(f => new FlowFileResult(f.Id, f, []))];
        var flows = new List<FlowDefinition>();
        var lastGood = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        var rejected = new List<string>();
        var kept = new List<(string File, FlowDefinition Flow)>();
        foreach (var file in files)
        {
            if (file.Flow is { } flow)
            {
                flows.Add(flow);
                lastGood[file.File] = flow;
                continue;
            }

            rejected.Add(file.File);
            if (_lastGood.TryGetValue(file.File, out var previous))
            {
                kept.Add((file.File, previous));
            }
        }

        // A kept flow must not take an id or a trigger a valid file now uses: the valid file wins.
        foreach (var (file, flow) in kept)
        {
            var taken = flows.SelectMany(Claims).ToHashSet();
            if (Claims(flow).Where(taken.Contains).ToList() is [var clash, ..])
            {
                LogKeptFlowDropped(_logger, file, flow.Id, clash.Kind, clash.Text);
                continue;
            }

            LogKeptLastGood(_logger, file, flow.Id);
            flows.Add(flow);
            lastGood[file] = flow;
        }

        return (flows, lastGood, rejected);
    }

    /// <summary>The id and triggers a flow claims, as the loader compares them across files.</summary>
    private static IEnumerable<(string Kind, string Text)> Claims(FlowDefinition flow)
    {
        yield return ("id", flow.Id.ToUpperInvariant());
        if (flow.Triggers.Payload is { } payload)
        {
            yield return ("payload", payload.ToUpperInvariant());
        }

        if (flow.Triggers.Ref is { } reference)
        {
            yield return ("ref", reference.ToUpperInvariant());
        }

        foreach (var keyword in flow.Triggers.Keywords)
        {
            yield return ("keyword", FlowCatalog.Normalize(keyword));
        }
    }

    private static FlowReloadSummary Compare(FlowCatalog previous, FlowCatalog current, IReadOnlyList<string> rejected)
    {
        var added = current.Flows.Where(f => previous.Find(f.Id) is null).Select(f => f.Id).ToList();
        var changed = current.Flows.Where(f => previous.Find(f.Id) is { } old && !IsSame(old, f)).Select(f => f.Id).ToList();
        var removed = previous.Flows.Where(f => current.Find(f.Id) is null).Select(f => f.Id).ToList();
        return new FlowReloadSummary(added, changed, removed, rejected, current.Flows.Count);
    }

    private static bool IsSame(FlowDefinition old, FlowDefinition current) =>
        ReferenceEquals(old, current) || (current.Version.Length > 0 && old.Version == current.Version);

    private static FlowReloadSummary Unchanged(FlowCatalog serving) => new([], [], [], [], serving.Flows.Count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Flow file problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flow file {File} is rejected: the last good version of flow {FlowId} keeps serving")]
    private static partial void LogKeptLastGood(ILogger logger, string file, string flowId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Flow file {File} is rejected and the last good version of flow {FlowId} is left out too: its {Kind} \"{Trigger}\" is now used by another flow")]
    private static partial void LogKeptFlowDropped(ILogger logger, string file, string flowId, string kind, string trigger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The flows folder could not be read; the {Count} flows serving keep serving")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The flows folder {Folder} is missing; the {Count} flows serving keep serving (delete the files to remove flows)")]
    private static partial void LogFolderMissing(ILogger logger, string folder, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Flows loaded: {Summary}")]
    private static partial void LogReloaded(ILogger logger, string summary);
}
