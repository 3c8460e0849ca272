namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// The state of one binding: the options, the JSON path being bound (for messages) and, in strict mode,
/// the missing paths found so far.
/// </summary>
internal sealed class BindingSession(TemplateBindingOptions options)
{
    private readonly List<MissingPath> _missing = [];
    private int _probeDepth;

    public TemplateBindingOptions Options { get; } = options;

    /// <summary>The JSON path of the template property whose expressions are being evaluated.</summary>
    public string CurrentPath { get; set; } = "$";

    public IReadOnlyList<MissingPath> Missing => _missing;

    /// <summary>Records a missing path, unless an existence test such as <c>empty(x)</c> asked for it.</summary>
    public void ReportMissing(string dataPath)
    {
        if (Options.Strict && _probeDepth == 0)
        {
            _missing.Add(new MissingPath(CurrentPath, dataPath));
        }
    }

    /// <summary>Evaluates <paramref name="evaluate"/> without reporting missing paths: asking whether a value exists is fine.</summary>
    public T Probe<T>(Func<T> evaluate)
    {
        _probeDepth++;
        try
        {
            return evaluate();
        }
        finally
        {
            _probeDepth--;
        }
    }

    public TemplateException Error(string detail) => new(Options.TemplateName, CurrentPath, detail);
}
