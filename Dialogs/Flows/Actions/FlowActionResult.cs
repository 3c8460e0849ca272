namespace Majordome.Dialogs.Flows.Actions;

/// <summary>What an action did.</summary>
public sealed record FlowActionResult
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(StringComparer.Ordinal);

    private FlowActionResult(bool succeeded, IReadOnlyDictionary<string, object?> outputs, FlowOutcome? outcome, string? failure)
    {
        Succeeded = succeeded;
        Outputs = outputs;
        Outcome = outcome;
        Failure = failure;
    }

    /// <summary>Whether it worked.</summary>
    public bool Succeeded { get; }

    /// <summary>Values the step's <c>into:</c> may store in variables, by output name (texts, decimals, bools or null).</summary>
    public IReadOnlyDictionary<string, object?> Outputs { get; }

    /// <summary>When not null, the flow ends here and the main dialog goes there (the booking flow, for instance).</summary>
    public FlowOutcome? Outcome { get; }

    /// <summary>Why it failed, for the log only: never personal data, never shown to the customer.</summary>
    public string? Failure { get; }

    /// <summary>It worked, with <paramref name="outputs"/>.</summary>
    public static FlowActionResult Ok(IReadOnlyDictionary<string, object?>? outputs = null) => new(true, outputs ?? None, null, null);

    /// <summary>It worked and the flow ends into <paramref name="outcome"/>.</summary>
    public static FlowActionResult EndsInto(FlowOutcome outcome) => new(true, None, outcome ?? throw new ArgumentNullException(nameof(outcome)), null);

    /// <summary>It failed because of <paramref name="reason"/> (logged, never shown).</summary>
    public static FlowActionResult Failed(string reason) => new(false, None, null, reason);
}
