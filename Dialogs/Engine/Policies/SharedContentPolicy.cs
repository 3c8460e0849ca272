using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A message that shares something the waiting question cannot take (a photo, a sticker, a voice note, a location
/// where no boutique is being chosen) gets a polite "I can only read text here" and the question again, without
/// counting as a failed attempt: the customer did nothing wrong. A mention in the customer's story or a reply to
/// the brand's story is thanked; words written with a story reply or beside a photo still go on as a message.
/// Runs after the waiting question's own recognizer, so a question that takes a location (the boutique choice)
/// gets it.
/// </summary>
public sealed class SharedContentPolicy : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var shared = SharedContent.Of(turn.Turn.Activity);
        if (!shared.Any || turn.Answer != AnswerMatch.None || turn.Turn.Activity.Value is not null)
        {
            return null;
        }

        var hasText = !string.IsNullOrWhiteSpace(turn.Text);
        if (shared.StoryMention || shared.StoryReply)
        {
            await turn.SayAsync(shared.StoryMention ? "channel.storyMention.thanks" : "channel.storyReply.thanks", cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (!hasText)
        {
            await turn.SayAsync("channel.textOnly", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (hasText)
        {
            return null;
        }

        // Nothing waits (a first message): the welcome follows. Otherwise the question is asked again as it was,
        // its attempt count untouched.
        return turn.Dialogs.Stack.Count == 0
            ? new DialogTurnResult(DialogTurnStatus.Empty)
            : await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
    }
}
