namespace Majordome.Dialogs.Content;

/// <summary>The catalog's three shelves; in catalog.yaml they are written in lower case.</summary>
public enum ProductCategory
{
    /// <summary>Coffee capsules, sold by sleeves of <see cref="CapsuleDetails.CapsulesPerSleeve"/>.</summary>
    Capsules,

    /// <summary>Coffee machines.</summary>
    Machines,

    /// <summary>Cups, milk frothers, descaling kits and the like.</summary>
    Accessories,
}
