using Majordome.Dialogs.Content;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Understanding;

/// <summary>The entities a message names.</summary>
/// <param name="Moments">Dates and times ("samedi à 15h"), resolved in the request's time zone, in the order said.</param>
/// <param name="Number">The first number said, if any.</param>
/// <param name="Quantity">How many of <see cref="Products"/>' first product ("2 boîtes d'arpegio" gives 2), if said.</param>
/// <param name="PartySize">How many people ("pour 4", "4 personnes", "for four"), if said.</param>
/// <param name="Email">An email address, if any.</param>
/// <param name="Phone">A phone number in E.164 form, if any.</param>
/// <param name="Products">The catalog products named (typos and missing accents tolerated), longest names first.</param>
/// <param name="Category">The catalog category named (capsules, machines, accessories), if any.</param>
/// <param name="Boutique">The boutique named by its name or city, if any.</param>
/// <param name="Items">Every item asked for, in the order said, each with its own quantity ("2 sleeves of cascade and a descaling kit").</param>
public sealed record UnderstoodEntities(
    IReadOnlyList<DateTimeResolution> Moments,
    decimal? Number,
    int? Quantity,
    int? PartySize,
    string? Email,
    string? Phone,
    IReadOnlyList<Product> Products,
    ProductCategory? Category,
    Boutique? Boutique,
    IReadOnlyList<ProductMention> Items)
{
    /// <summary>No entities.</summary>
    public static UnderstoodEntities Empty { get; } = new([], null, null, null, null, null, [], null, null, []);
}
