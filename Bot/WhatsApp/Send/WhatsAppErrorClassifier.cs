using Majordome.Bot.Messenger.Send;

namespace Majordome.Bot.WhatsApp.Send;

/// <summary>
/// WhatsApp's own error codes (MESSENGER.md §5.5) before Graph's common ones: throughput and pair-rate limits and
/// Meta's temporary failures are retried; a closed 24-hour window (131047) and an undeliverable customer (131026)
/// are not, nor spam limits or a restricted account.
/// </summary>
public static class WhatsAppErrorClassifier
{
    // 130429 throughput, 131056 pair rate, 131000 something went wrong, 131057 number under maintenance, 133004 server unavailable.
    private static readonly HashSet<int> Retryable = [130429, 131056, 131000, 131057, 133004];

    /// <summary>What to do about <paramref name="error"/>.</summary>
    public static GraphErrorKind Classify(GraphError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            131047 => GraphErrorKind.WindowClosed,
            131026 => GraphErrorKind.Unreachable,
            131048 or 131031 or 368 or 131051 or 131052 or 132000 or 132001 => GraphErrorKind.Permanent,
            var code when Retryable.Contains(code) => GraphErrorKind.Retryable,
            _ => GraphErrorClassifier.Classify(error),
        };
    }
}
