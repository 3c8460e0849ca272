namespace Majordome.Dialogs.Content;

/// <summary>A French postal address.</summary>
/// <param name="Street">Number and street.</param>
/// <param name="PostalCode">The five-digit French postal code.</param>
/// <param name="City">The city.</param>
public sealed record PostalAddress(string Street, string PostalCode, string City)
{
    /// <inheritdoc />
    public override string ToString() => $"{Street}, {PostalCode} {City}";
}
