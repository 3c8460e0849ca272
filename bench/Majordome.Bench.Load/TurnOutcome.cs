namespace Majordome.Bench.Load;

/// <summary>How one turn went: whether it was answered, and the times of its phases when the driver can see them.</summary>
/// <param name="Ok">Answered without error.</param>
/// <param name="Phases">Milliseconds from the start of the turn to named moments (for example the webhook's 200).</param>
public readonly record struct TurnOutcome(bool Ok, IReadOnlyList<(string Phase, double Ms)>? Phases = null)
{
    /// <summary>A failed turn.</summary>
    public static TurnOutcome Failed => new(false);

    /// <summary>An answered turn with no phases.</summary>
    public static TurnOutcome Answered => new(true);
}
