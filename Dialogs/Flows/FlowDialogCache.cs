using System.Collections.Concurrent;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The compiled dialog of each flow the catalog serves now, built on first use and kept while that version of
/// the flow serves, so a turn never compiles a flow the previous turn already compiled.
/// </summary>
public sealed class FlowDialogCache
{
    private readonly FlowCatalogSource _source;
    private readonly Localizer _localizer;
    private readonly TimeProvider _time;
    private readonly FlowServices? _services;
    private readonly ConcurrentDictionary<string, FlowDialog> _dialogs = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the cache of the flows of <paramref name="source"/>.</summary>
    public FlowDialogCache(FlowCatalogSource source, Localizer localizer, TimeProvider time, FlowServices? services = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(time);
        _source = source;
        _localizer = localizer;
        _time = time;
        _services = services;
    }

    /// <summary>The dialog of the flow whose dialog id is <paramref name="dialogId"/> ("flow:…") in the current catalog, or null.</summary>
    public Dialog? Resolve(string dialogId)
    {
        if (!dialogId.StartsWith(FlowDialog.IdPrefix, StringComparison.Ordinal)
            || _source.Current.Find(dialogId[FlowDialog.IdPrefix.Length..]) is not { } flow)
        {
            return null;
        }

        // Same file text, same compiled dialog; a new version replaces the old one (whose customers restart).
        return _dialogs.AddOrUpdate(
            flow.Id,
            _ => new FlowDialog(flow, _localizer, _time, _services),
            (_, cached) => ReferenceEquals(cached.Flow, flow) || (flow.Version.Length > 0 && cached.Flow.Version == flow.Version)
                ? cached
                : new FlowDialog(flow, _localizer, _time, _services));
    }
}
