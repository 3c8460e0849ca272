using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Commerce;

/// <summary>
/// What <see cref="FrenchAddressParser"/> read. The parts found are kept even when the address is refused, so the
/// dialog asks only for what is missing ("Which city, for 75011?").
/// </summary>
/// <param name="Reason">Ok, or the first problem found.</param>
/// <param name="Street">The street line (with any complement such as "Appartement 3"), or null.</param>
/// <param name="PostalCode">The postal code as typed, or null; for <see cref="AddressReason.InvalidPostalCode"/> the rejected one.</param>
/// <param name="City">The city, capitalized the French way, or null.</param>
public sealed record AddressParseResult(AddressReason Reason, string? Street, string? PostalCode, string? City)
{
    /// <summary>True when the address is complete and valid.</summary>
    public bool IsOk => Reason == AddressReason.Ok;

    /// <summary>The address when <see cref="IsOk"/>; null otherwise.</summary>
    public PostalAddress? Address => IsOk ? new PostalAddress(Street!, PostalCode!, City!) : null;
}
