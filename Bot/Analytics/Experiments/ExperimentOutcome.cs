namespace Majordome.Bot.Analytics.Experiments;

/// <summary>One customer's assignment and their first conversion event after it, as the database holds them.</summary>
/// <param name="Variant">The variant the customer is in.</param>
/// <param name="AssignedAt">When they were put in it.</param>
/// <param name="FirstEventAt">Their first conversion event at or after the assignment, or null.</param>
public sealed record ExperimentOutcome(string Variant, DateTimeOffset AssignedAt, DateTimeOffset? FirstEventAt);
