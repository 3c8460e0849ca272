using System.Text;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// The report a marketer reads: PASS or FAIL per transcript; for a failure the line, what it expected and what
/// the bot did (the first difference only); then the totals.
/// </summary>
public static class TranscriptReport
{
    /// <summary>The report of one run.</summary>
    public static string Of(TranscriptRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        if (run.Problems.Count > 0)
        {
            text.Append("FAIL ").Append(run.File).Append(": the file cannot be read\n");
            foreach (var problem in run.Problems)
            {
                text.Append("  ").Append(problem).Append('\n');
            }
        }
        else if (run.Result is { Passed: false } failed)
        {
            text.Append("FAIL ").Append(run.File).Append(", line ").Append(failed.Line).Append('\n')
                .Append("  expected: ").Append(failed.Expected).Append('\n')
                .Append("  got:      ").Append(failed.Actual).Append('\n');
        }
        else
        {
            text.Append("PASS ").Append(run.File).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The report of every run, then "N transcript(s): P passed, F failed.".</summary>
    public static string Of(IReadOnlyCollection<TranscriptRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            text.Append(Of(run));
        }

        var passed = runs.Count(r => r.Passed);
        return text.Append(runs.Count).Append(" transcript(s): ").Append(passed).Append(" passed, ").Append(runs.Count - passed).Append(" failed.\n").ToString();
    }
}
