namespace Majordome.Dialogs.Flows;

/// <summary>A new flow catalog replaced the previous one.</summary>
/// <param name="previous">The catalog that served until now.</param>
/// <param name="current">The catalog that serves from now on.</param>
public sealed class FlowCatalogChangedEventArgs(FlowCatalog previous, FlowCatalog current) : EventArgs
{
    /// <summary>The catalog that served until now.</summary>
    public FlowCatalog Previous { get; } = previous;

    /// <summary>The catalog that serves from now on.</summary>
    public FlowCatalog Current { get; } = current;
}
