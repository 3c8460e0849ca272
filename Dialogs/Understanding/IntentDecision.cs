namespace Majordome.Dialogs.Understanding;

/// <summary>What the router should do with a message, decided from the model's scores and its validated threshold.</summary>
/// <param name="Kind">Confident, ambiguous, out of scope, or no model yet.</param>
/// <param name="Candidates">The intent to start (one), the intents to choose between (two), or none.</param>
public sealed record IntentDecision(IntentDecisionKind Kind, IReadOnlyList<string> Candidates)
{
    /// <summary>No model trained yet: the caller falls back to keyword matching.</summary>
    public static IntentDecision NotReady { get; } = new(IntentDecisionKind.NotReady, []);

    /// <summary>Out of scope (or too unsure): the FAQ retrieval and then the plain-language fallback answer.</summary>
    public static IntentDecision OutOfScope { get; } = new(IntentDecisionKind.OutOfScope, []);

    /// <summary>The intent to start when <see cref="Kind"/> is <see cref="IntentDecisionKind.Confident"/>, else null.</summary>
    public string? Intent => Kind == IntentDecisionKind.Confident ? Candidates[0] : null;
}

/// <summary>The kinds of <see cref="IntentDecision"/>.</summary>
public enum IntentDecisionKind
{
    /// <summary>No model yet.</summary>
    NotReady,

    /// <summary>Nothing the flows do, or below the threshold.</summary>
    OutOfScope,

    /// <summary>One intent clearly ahead.</summary>
    Confident,

    /// <summary>Two intents too close to call: ask "did you mean…?".</summary>
    Ambiguous,
}
