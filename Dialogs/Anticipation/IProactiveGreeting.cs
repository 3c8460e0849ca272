using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// On channels where the assistant cannot write first (Web Chat), due messages wait for the customer's next visit and
/// are shown in the greeting.
/// </summary>
public interface IProactiveGreeting
{
    /// <summary>The messages due for the customer, composed now in their language, marked sent; empty when none.</summary>
    Task<IReadOnlyList<IActivity>> TakeDueAsync(string customerKey, System.Globalization.CultureInfo culture, CancellationToken cancellationToken = default);
}
