namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// Customers Graph says cannot be reached (they blocked the Page, deactivated their account...). Persisted: nothing
/// is sent to them until they write again.
/// </summary>
public interface IUnreachableRecipients
{
    /// <summary>Whether <paramref name="thread"/>'s customer is marked unreachable.</summary>
    Task<bool> IsUnreachableAsync(MessengerThread thread, CancellationToken cancellationToken);

    /// <summary>Marks the customer unreachable; <paramref name="reason"/> is Graph's code and subcode.</summary>
    Task MarkAsync(MessengerThread thread, string reason, CancellationToken cancellationToken);

    /// <summary>The customer wrote again: they can be reached.</summary>
    Task ClearAsync(MessengerThread thread, CancellationToken cancellationToken);
}
