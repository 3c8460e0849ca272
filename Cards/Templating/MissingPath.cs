namespace Majordome.Cards.Templating;

/// <summary>A data path that an expression asked for and the data did not have.</summary>
/// <param name="JsonPath">The JSON path of the template property holding the expression, for example "$.body[0].text".</param>
/// <param name="DataPath">The path as written in the expression, for example "items[0].name".</param>
public sealed record MissingPath(string JsonPath, string DataPath);
