using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.Conversations.Team;

/// <summary>Why the team cannot answer now, which the contact question starts by saying.</summary>
/// <param name="Availability">The team's hours at this instant (closed: says when they open).</param>
/// <param name="Late">True when the team is there but nobody took the request in time.</param>
public sealed record TeamContactOptions(TeamAvailability Availability, bool Late = false);
