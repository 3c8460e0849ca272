namespace Majordome.Dialogs.Commerce;

/// <summary>Whether <see cref="FrenchAddressParser"/> understood an address, or what to ask for again.</summary>
public enum AddressReason
{
    /// <summary>Street, postal code and city were all found.</summary>
    Ok,

    /// <summary>No postal code: five digits, such as 75011.</summary>
    MissingPostalCode,

    /// <summary>Something in the place of the postal code that is not a French one (7501, 750011, 99000, 2A004).</summary>
    InvalidPostalCode,

    /// <summary>Nothing, or no words, before the postal code.</summary>
    MissingStreet,

    /// <summary>No city after the postal code (nor before it, after a comma).</summary>
    MissingCity,

    /// <summary>An address outside France (a British postcode, a foreign country): delivery is France-only.</summary>
    Abroad,
}
