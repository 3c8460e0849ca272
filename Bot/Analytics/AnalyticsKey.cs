namespace Majordome.Bot.Analytics;

/// <summary>What one counter counts: an event of a kind, in an hour (UTC), on a channel, in a language.</summary>
/// <param name="HourUtc">The start of the hour, UTC.</param>
/// <param name="Channel">The channel (<see cref="AnalyticsChannels"/>).</param>
/// <param name="Language">The conversation's language, "fr" or "en".</param>
/// <param name="Event">The event (<see cref="Dialogs.Analytics.AnalyticsEvents"/>).</param>
/// <param name="Name">Its detail (the flow, the intent), or empty.</param>
public readonly record struct AnalyticsKey(DateTimeOffset HourUtc, string Channel, string Language, string Event, string Name);
