namespace Majordome.Dialogs.Understanding;

/// <summary>A message to understand.</summary>
/// <param name="Text">What the customer typed.</param>
/// <param name="Language">The conversation's language when the customer chose it; null to detect it.</param>
/// <param name="Channel">The channel id ("facebook", "webchat"…), for channel-specific behaviour and logs; may be null.</param>
/// <param name="TimeZone">The zone dates and times are read in ("samedi à 15h"); null reads them in UTC.</param>
/// <param name="WithEntities">
/// Whether to extract entities too. Their date and number recognizers cost milliseconds, most of a recognition:
/// callers that only need the intent (the interruption check, run on answers inside a flow) skip them.
/// </param>
public sealed record UnderstandingRequest(string? Text, string? Language = null, string? Channel = null, TimeZoneInfo? TimeZone = null, bool WithEntities = true);
