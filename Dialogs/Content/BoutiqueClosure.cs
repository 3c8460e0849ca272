namespace Majordome.Dialogs.Content;

/// <summary>A day a boutique is closed although its weekly hours say it opens, such as a public holiday.</summary>
/// <param name="Date">The day, in the boutique's time zone.</param>
/// <param name="Reason">Why, as told to customers.</param>
public sealed record BoutiqueClosure(DateOnly Date, LocalizedText Reason);
