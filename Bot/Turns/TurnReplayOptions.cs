using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Turns;

/// <summary>
/// How long a completed turn is remembered so that a retry of the same activity (a load balancer resending a request
/// whose answer it lost, on any instance) gets the first replies instead of running the turn again. Bound from the
/// "Turns" section of appsettings.json.
/// </summary>
public sealed class TurnReplayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Turns";

    /// <summary>
    /// How long after it completed a turn's replies are kept (10 minutes by default): far longer than any retry of a
    /// load balancer or of the Bot Framework service. Older ones are removed at the conversation's next save.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Turns:ReplayWindow must be between 1 second and 1 day, e.g. \"00:10:00\".")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// At most this many completed turns are kept per conversation (10 by default), the most recent ones, so that a
    /// customer who writes a lot does not grow the conversation's state document.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Turns:ReplayMaxTurns must be between 1 and 100.")]
    public int ReplayMaxTurns { get; set; } = 10;

    /// <summary>
    /// How long a request of a synchronous channel (<c>/api/messages</c>) waits for another turn of its conversation,
    /// typically the first run of the same activity retried elsewhere, before it answers 503 with Retry-After (20 s by
    /// default; a caller that gives up earlier ends the wait too).
    /// Turns of stored inbound events (Messenger, WhatsApp) wait as long as it takes: their inbox already runs one
    /// at a time per conversation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Turns:LockWaitTimeout must be between 1 second and 10 minutes, e.g. \"00:00:20\".")]
    public TimeSpan LockWaitTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
