namespace Majordome.Bot.Anticipation;

/// <summary>
/// Why a job ended or waits, as stored in its outcome, counted in metrics and shown by the CLI. Stable strings:
/// dashboards group by them.
/// </summary>
public static class ProactiveOutcomes
{
    /// <summary>Sent free-form inside the channel's window.</summary>
    public const string Sent = "sent";

    /// <summary>Sent outside the window with the customer's Messenger marketing-messages token.</summary>
    public const string SentWithToken = "sent-with-token";

    /// <summary>Sent outside the window as an approved template.</summary>
    public const string SentAsTemplate = "sent-as-template";

    /// <summary>Shown in the greeting of the customer's next Web Chat visit.</summary>
    public const string ShownAtVisit = "shown-at-visit";

    /// <summary>The customer said stop.</summary>
    public const string Stopped = "stopped";

    /// <summary>Marketing without the customer's consent.</summary>
    public const string NoConsent = "no-consent";

    /// <summary>Outside the channel's window with nothing the platform allows there.</summary>
    public const string OutsideWindow = "outside-window";

    /// <summary>A Messenger marketing token exists but has expired or was stopped.</summary>
    public const string TokenExpired = "token-expired";

    /// <summary>A Messenger marketing token was already used within the frequency the customer chose.</summary>
    public const string TokenFrequency = "token-frequency";

    /// <summary>The channel cannot write first at all.</summary>
    public const string ChannelCannotWriteFirst = "channel-cannot-write-first";

    /// <summary>The composer says the message no longer applies (already reordered, booking cancelled).</summary>
    public const string NoLongerApplies = "no-longer-applies";

    /// <summary>No composer writes this kind.</summary>
    public const string NoComposer = "no-composer";

    /// <summary>Another message was sent to the customer within the pace period.</summary>
    public const string Pace = "pace";

    /// <summary>Postponed to the end of the customer's quiet hours.</summary>
    public const string QuietHours = "quiet-hours";

    /// <summary>The platform says the customer cannot be reached (blocked the Page).</summary>
    public const string Unreachable = "unreachable";

    /// <summary>A temporary failure: tried again later.</summary>
    public const string RetryLater = "retry-later";

    /// <summary>The platform refused it for good, or the retries ran out.</summary>
    public const string Refused = "refused";
}
