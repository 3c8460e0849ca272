namespace Majordome.Dialogs.Flows;

/// <summary>
/// The flows the bot serves now. The host publishes a new catalog when the flow files change (hot reload); each
/// turn reads <see cref="Current"/>, so a new flow is reachable at once and a removed one is not any more.
/// </summary>
public sealed class FlowCatalogSource
{
    private FlowCatalog _current;

    /// <summary>Creates the source with its first catalog (none when null).</summary>
    public FlowCatalogSource(FlowCatalog? initial = null)
    {
        _current = initial ?? FlowCatalog.Empty;
    }

    /// <summary>Raised after a new catalog became current (on the publishing thread).</summary>
    public event EventHandler<FlowCatalogChangedEventArgs>? Changed;

    /// <summary>The catalog serving now; a turn that reads it twice may see a newer one the second time.</summary>
    public FlowCatalog Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="catalog"/> current and tells the subscribers.</summary>
    public void Publish(FlowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var previous = Interlocked.Exchange(ref _current, catalog);
        Changed?.Invoke(this, new FlowCatalogChangedEventArgs(previous, catalog));
    }
}
