namespace Majordome.Dialogs.Recognition;

/// <summary>One date, time or period found in a user's answer by <see cref="DateTimeRecognizer"/>.</summary>
/// <param name="Value">
/// The instant meant, in the user's time zone (its offset is the zone's offset at that date, so summer and winter
/// time are right). For a period, its start; for a date without a time, local midnight of that date.
/// </param>
/// <param name="End">
/// The end of a period ("demain de 19h à 21h", "demain soir", "la semaine prochaine"), as the library bounds it; null
/// for an instant. Date periods end at local midnight of the library's end date: the Monday after "la semaine
/// prochaine", but the Monday itself for "de samedi à lundi".
/// </param>
/// <param name="Timex">
/// The TIMEX expression of what was said: the library's own for a single expression, possibly partial
/// ("XXXX-WXX-6T15" for "samedi à 15h", "T20" for "20h"), or the date part joined to the time for a combined one
/// ("2026-11-29T20" for "demain soir à 20h").
/// </param>
/// <param name="HasTime">True when a time of day was said (or implied, as in "dans 2 heures"); false for a date or a period of days.</param>
public sealed record DateTimeResolution(DateTimeOffset Value, DateTimeOffset? End, string Timex, bool HasTime);
