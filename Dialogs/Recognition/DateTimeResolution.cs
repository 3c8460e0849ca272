namespace Majordome.Dialogs.Recognition;

/// <summary>A moment the user named, in their time zone.</summary>
/// <param name="Value">The instant ("samedi à 15h"), or the start of a range or of a day.</param>
/// <param name="End">The end of a range ("demain soir"), else null.</param>
/// <param name="Timex">The TIMEX expression the recognizer produced, for logs and tests.</param>
/// <param name="HasTime">True when the user gave a time of day; false for a date alone or a vague range.</param>
public sealed record DateTimeResolution(DateTimeOffset Value, DateTimeOffset? End, string Timex, bool HasTime);
