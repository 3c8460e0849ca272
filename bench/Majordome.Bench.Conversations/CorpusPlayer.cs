using Majordome.Bot.Content.Transcripts;
using Majordome.Dialogs.Localization;

namespace Majordome.Bench.Conversations;

/// <summary>
/// Plays every transcript under a folder as the corpus test does (each channel it names, by default Web Chat and
/// Messenger) and measures it on its first channel: goal reached, after how many turns, fallbacks. The measuring
/// plays on a second bot with its own database, so a conversation books its seats once per bot, as in the test.
/// </summary>
internal static class CorpusPlayer
{
    /// <summary>The channels a transcript without a channels: line is played on, as in ConversationCorpusTests.</summary>
    public static readonly IReadOnlyList<string> DefaultChannels = ["webchat", "facebook"];

    public static async Task<CorpusReport> PlayAsync(TranscriptBot bot, TranscriptBot measuringBot, string target, TextWriter output)
    {
        var files = TranscriptSuite.Find(target);
        var folder = File.Exists(target) ? Path.GetDirectoryName(target)! : target;
        var goals = new GoalCheck(Localizer.Default);
        var fallbacks = new FallbackReplies(Localizer.Default);
        var measures = new List<ConversationMeasure>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var parsed = TranscriptParser.ReadFile(file, name);
            if (parsed.Transcript is not { } transcript)
            {
                measures.Add(new ConversationMeasure(name, null, [.. parsed.Problems.Select(p => p.ToString())], 0, null, 0));
                continue;
            }

            var channels = transcript.Channels ?? DefaultChannels;
            var failures = new List<string>();
            foreach (var channel in channels)
            {
                var result = await bot.RunAsync(transcript, channelId: channel).ConfigureAwait(false);
                if (!result.Passed)
                {
                    failures.Add($"[{channel}] line {result.Line}: expected {result.Expected}; got {result.Actual}");
                }
            }

            var recording = await measuringBot.RecordAsync(transcript, channels[0]).ConfigureAwait(false);
            var reached = transcript.Goal is { } goal ? goals.ReachedAt(goal, recording) : null;
            var fallbackCount = recording.Turns.Sum(t => t.Replies.Count(r => fallbacks.IsFallback(r.Text)));
            var measure = new ConversationMeasure(name, transcript.Goal, failures, recording.Turns.Count, reached, fallbackCount);
            measures.Add(measure);
            await output.WriteLineAsync(CorpusReport.Line(measure)).ConfigureAwait(false);
        }

        return new CorpusReport(measures, started.Elapsed);
    }
}
