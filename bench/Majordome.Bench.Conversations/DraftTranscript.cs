using Majordome.Bot.Content.Transcripts;

namespace Majordome.Bench.Conversations;

/// <summary>
/// Prints what the bot answers to a transcript's customer lines, in the transcript format: a draft to read line by
/// line (is each reply what a customer should see?) before it becomes a conversation test.
/// </summary>
internal static class DraftTranscript
{
    public static async Task<int> PrintAsync(TranscriptBot bot, string file, string? channel, TextWriter output)
    {
        var parsed = TranscriptParser.ReadFile(file);
        if (parsed.Transcript is not { } transcript)
        {
            foreach (var problem in parsed.Problems)
            {
                await output.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            return 2;
        }

        var recording = await bot.RecordAsync(transcript, channel).ConfigureAwait(false);
        await output.WriteLineAsync($"language: {transcript.Language}").ConfigureAwait(false);
        if (transcript.Channels is { } channels)
        {
            await output.WriteLineAsync("channels: " + string.Join(", ", channels)).ConfigureAwait(false);
        }

        if (transcript.Goal is { } goal)
        {
            await output.WriteLineAsync("goal: " + goal).ConfigureAwait(false);
        }

        foreach (var turn in recording.Turns)
        {
            await output.WriteLineAsync(turn.Step switch
            {
                UserSays says => "user: " + says.Text,
                UserClicks click => "click: " + click.Title,
                _ => string.Empty,
            }).ConfigureAwait(false);
            foreach (var reply in turn.Replies)
            {
                await output.WriteLineAsync(reply.Card is null ? "bot: " + TextPattern.Normalize(reply.Text ?? string.Empty) : "card: " + reply.Card).ConfigureAwait(false);
                if (reply.Buttons.Count > 0)
                {
                    await output.WriteLineAsync("buttons: " + string.Join(" | ", reply.Buttons.Select(b => b.Title))).ConfigureAwait(false);
                }
            }
        }

        if (recording.StoppedAt is not null)
        {
            await output.WriteLineAsync("# stopped: " + recording.StoppedAt).ConfigureAwait(false);
        }

        return 0;
    }
}
