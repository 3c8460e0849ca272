using Microsoft.Bot.Builder;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// Plays only what the customer does in a transcript (its user: and click: lines) and keeps everything the bot
/// answered, whether or not it matches the transcript's bot: lines: for measuring conversations (did the customer
/// reach their goal, how often did the bot not understand) and for drafting a new transcript from a script.
/// </summary>
public static class TranscriptRecorder
{
    /// <summary>
    /// Plays the customer's turns of <paramref name="transcript"/> as a new customer on <paramref name="channelId"/>
    /// (by default the transcript's first channel, else Web Chat). A click on a button the bot did not offer ends
    /// the recording there. The bot's messages are read with <paramref name="read"/> (by default as Web Chat shows
    /// them, <see cref="BotReply.From"/>).
    /// </summary>
    public static async Task<TranscriptRecording> RecordAsync(Transcript transcript, IBot bot, TimeProvider time, string? channelId = null, CancellationToken cancellationToken = default,
        Func<Microsoft.Bot.Schema.Activity, IReadOnlyList<BotReply>>? read = null)
    {
        read ??= BotReply.From;
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(time);
        var conversation = new TranscriptConversation(bot, transcript.Language, time, channelId ?? transcript.Channels?.FirstOrDefault() ?? TranscriptRunner.DefaultChannel);
        var turns = new List<RecordedTurn>();
        IReadOnlyList<BotReply> replies = [];
        foreach (var step in transcript.Steps)
        {
            switch (step)
            {
                case UserSays says:
                    replies = await PlayAsync(conversation.SayAsync(says.Text, cancellationToken), read).ConfigureAwait(false);
                    turns.Add(new RecordedTurn(step, replies));
                    break;
                case UserAttaches file:
                    replies = await PlayAsync(conversation.AttachAsync(file, cancellationToken), read).ConfigureAwait(false);
                    turns.Add(new RecordedTurn(step, replies));
                    break;
                case UserClicks click when TranscriptRunner.FindButton(replies, click.Title) is { SendsMessage: true } button:
                    replies = await PlayAsync(conversation.ClickAsync(button, cancellationToken), read).ConfigureAwait(false);
                    turns.Add(new RecordedTurn(step, replies));
                    break;
                case UserClicks click:
                    return new TranscriptRecording(turns, $"line {click.Line}: no button \"{click.Title}\" to click");
            }
        }

        return new TranscriptRecording(turns, null);
    }

    private static async Task<IReadOnlyList<BotReply>> PlayAsync(Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> turn, Func<Microsoft.Bot.Schema.Activity, IReadOnlyList<BotReply>> read) =>
        [.. (await turn.ConfigureAwait(false)).SelectMany(read)];
}

/// <summary>What the bot answered to each of the customer's turns.</summary>
/// <param name="Turns">The customer's turns played, in order, each with the bot's replies.</param>
/// <param name="StoppedAt">Why the recording ended early, or null when every turn was played.</param>
public sealed record TranscriptRecording(IReadOnlyList<RecordedTurn> Turns, string? StoppedAt);

/// <summary>One customer turn and the bot's replies to it.</summary>
/// <param name="Step">The user: or click: line played.</param>
/// <param name="Replies">What the bot showed, in order.</param>
public sealed record RecordedTurn(TranscriptStep Step, IReadOnlyList<BotReply> Replies);
