using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Understanding;

/// <summary>A product whose name some words of a message fit.</summary>
/// <param name="Product">The product.</param>
/// <param name="Positions">The indexes of the message's words that fit its name.</param>
/// <param name="Score">The share of the name's distinctive words found.</param>
internal sealed record ProductNameMatch(Product Product, SortedSet<int> Positions, double Score);

/// <summary>The products one stretch of a message's words names (one, or several tied), and where the words are.</summary>
/// <param name="Matches">The products.</param>
/// <param name="Positions">The indexes of the words that named them.</param>
internal sealed record ItemMatch(List<ProductNameMatch> Matches, SortedSet<int> Positions);
