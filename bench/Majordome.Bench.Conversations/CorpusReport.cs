using System.Globalization;

namespace Majordome.Bench.Conversations;

/// <summary>The corpus's figures: transcripts passed, task success, turns per completed goal, fallbacks.</summary>
internal sealed record CorpusReport(IReadOnlyList<ConversationMeasure> Measures, TimeSpan Elapsed)
{
    public int Failed => Measures.Count(m => m.Failures.Count > 0);

    /// <summary>One conversation's line: PASS/FAIL, goal and when it was reached, fallbacks.</summary>
    public static string Line(ConversationMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var goal = measure.Goal switch
        {
            null => "goal: (unsaid)",
            "none" => "goal: none",
            var g => measure.GoalReachedAt is { } turn ? $"goal: {g} reached at turn {turn}/{measure.Turns}" : $"goal: {g} NOT reached ({measure.Turns} turns)",
        };
        var line = $"{(measure.Failures.Count == 0 ? "PASS" : "FAIL")} {measure.File}  {goal}, fallbacks: {measure.Fallbacks}";
        return measure.Failures.Count == 0 ? line : line + Environment.NewLine + string.Join(Environment.NewLine, measure.Failures.Select(f => "  " + f));
    }

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        var withGoal = Measures.Where(m => m.HasGoal).ToList();
        var reached = withGoal.Where(m => m.GoalReachedAt is not null).ToList();
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"{Measures.Count} conversation(s) in {Elapsed.TotalSeconds:0.0} s: {Measures.Count - Failed} passed, {Failed} failed."));
        output.WriteLine(string.Create(culture, $"task success: {reached.Count}/{withGoal.Count} goals reached ({Percent(reached.Count, withGoal.Count)}); {Measures.Count(m => m.Goal == "none")} without a goal, {Measures.Count(m => m.Goal is null)} unsaid."));
        foreach (var group in withGoal.GroupBy(m => m.Goal!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var done = group.Where(m => m.GoalReachedAt is not null).ToList();
            var turns = done.Count == 0 ? "-" : string.Create(culture, $"{done.Average(m => m.GoalReachedAt!.Value):0.0} turns (median {Median(done.Select(m => m.GoalReachedAt!.Value))}, max {done.Max(m => m.GoalReachedAt!.Value)})");
            output.WriteLine(string.Create(culture, $"  {group.Key,-13} {done.Count,3}/{group.Count(),-3} reached, {turns} per completed goal"));
        }

        if (reached.Count > 0)
        {
            output.WriteLine(string.Create(culture, $"turns per completed goal: {reached.Average(m => m.GoalReachedAt!.Value):0.0} on average, median {Median(reached.Select(m => m.GoalReachedAt!.Value))}."));
        }

        var fallbacks = Measures.Select(m => m.Fallbacks).ToList();
        output.WriteLine(string.Create(culture, $"fallbacks per conversation: {(fallbacks.Count == 0 ? 0 : fallbacks.Average()):0.00} on average, {fallbacks.Sum()} in all, {fallbacks.Count(f => f > 0)} conversation(s) with at least one, at most {(fallbacks.Count == 0 ? 0 : fallbacks.Max())}."));
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0} %");

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }
}
