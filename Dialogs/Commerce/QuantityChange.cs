namespace Majordome.Dialogs.Commerce;

/// <summary>What a quantity said about a product already in the cart does to its line.</summary>
public enum QuantityChange
{
    /// <summary>Adds to the line: "ajoute 2 étuis", "add 2 more", and any quantity said without a word that replaces.</summary>
    Add,

    /// <summary>Replaces the line's quantity: "finalement mettez 6 étuis", "make it 4", "mets-en 3".</summary>
    Replace,
}
