namespace Majordome.Tests.Harness.Crashes;

/// <summary>When the loop kills the bot while the customers' confirmations are in flight.</summary>
public enum KillMoment
{
    /// <summary>As soon as the booking's row is committed (plus a random 0-2 ms): the worst moment for a booking.</summary>
    BookingCommitted,

    /// <summary>As soon as the order's row is committed (plus a random 0-2 ms): the worst moment for a checkout.</summary>
    OrderCommitted,

    /// <summary>A random delay after both confirmations were sent, anywhere in the turn or just after it.</summary>
    Random,
}
