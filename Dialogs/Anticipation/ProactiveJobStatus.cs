namespace Majordome.Dialogs.Anticipation;

/// <summary>Where a scheduled message is.</summary>
public enum ProactiveJobStatus
{
    /// <summary>Waiting for its due time (or for a retry after a temporary failure).</summary>
    Pending,

    /// <summary>Claimed by one instance, being sent.</summary>
    Claimed,

    /// <summary>Sent (or, on Web Chat, shown at the customer's next visit).</summary>
    Sent,

    /// <summary>Not sent because no channel rule, consent or pace allowed it, or it no longer applied; counted, never forced.</summary>
    Dropped,

    /// <summary>Cancelled by the customer (STOP), an operator or the composer.</summary>
    Cancelled,

    /// <summary>Gave up after its retries.</summary>
    Failed,
}
