namespace Majordome.Bench.Conversations;

/// <summary>One conversation of the corpus, played and measured.</summary>
/// <param name="File">The transcript, relative to the corpus folder.</param>
/// <param name="Goal">Its goal: line, or null.</param>
/// <param name="Failures">The channels on which the transcript did not pass, each with the first difference.</param>
/// <param name="Turns">How many customer turns were played (on the first channel).</param>
/// <param name="GoalReachedAt">The customer turn at which the goal was reached, or null.</param>
/// <param name="Fallbacks">How many of the bot's replies were a fallback.</param>
internal sealed record ConversationMeasure(string File, string? Goal, IReadOnlyList<string> Failures, int Turns, int? GoalReachedAt, int Fallbacks)
{
    /// <summary>Whether it has a goal to reach (not none, not unsaid).</summary>
    public bool HasGoal => Goal is not null and not Majordome.Bot.Content.Transcripts.TranscriptGoals.None;
}
