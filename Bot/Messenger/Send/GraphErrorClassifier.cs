namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// Decides on a Graph error's code and subcode (MESSENGER.md §3.3), never on the HTTP status: Graph answers 400 for
/// throttling as well as for bad parameters.
/// </summary>
public static class GraphErrorClassifier
{
    // 1 unknown, 2 unexpected/transient, 1200 temporary send failure, 4/17/32/341/613/80001/80006 throttling.
    private static readonly HashSet<int> RetryableCodes = [1, 2, 1200, 4, 17, 32, 341, 613, 80001, 80006];

    // Throttling subcodes that are warnings or duplicates rather than "slow down and try again".
    private static readonly HashSet<int> PermanentThrottleSubcodes = [2018338, 1893016];

    /// <summary>What to do about <paramref name="error"/>.</summary>
    public static GraphErrorKind Classify(GraphError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            { Code: 551 } or { Subcode: 1545041 } or { Code: 10, Subcode: 2018108 } => GraphErrorKind.Unreachable,
            { Code: 10, Subcode: 2018278 or 2534022 or 2018065 } => GraphErrorKind.WindowClosed,
            { Subcode: 2018300 or 2534037 } => GraphErrorKind.ThreadControlled,
            { Code: 2, Subcode: 2018344 } => GraphErrorKind.Permanent,
            { Subcode: { } sub } when PermanentThrottleSubcodes.Contains(sub) => GraphErrorKind.Permanent,
            { Code: var code } when RetryableCodes.Contains(code) => GraphErrorKind.Retryable,
            { IsTransient: true } => GraphErrorKind.Retryable,
            _ => GraphErrorKind.Permanent,
        };
    }
}
