using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Turns;

/// <summary>
/// Keeps a copy of every activity a turn sends, so that the turn's replies can be recorded with its state and given
/// again to a retry of the same activity. Typing indicators are left out: they say nothing once the turn is over.
/// </summary>
public sealed class ReplyRecorder
{
    private readonly List<string> _replies = [];

    private ReplyRecorder()
    {
    }

    /// <summary>What the turn sent so far, in order, each as its JSON without the envelope (<see cref="ReplyEnvelope"/>).</summary>
    public IReadOnlyList<string> Replies
    {
        get
        {
            lock (_replies)
            {
                return [.. _replies];
            }
        }
    }

    /// <summary>Starts recording what <paramref name="turnContext"/> sends.</summary>
    public static ReplyRecorder Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var recorder = new ReplyRecorder();
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            // Recorded once sent (an activity the channel refused is not one the customer saw), as text at once: the
            // activity objects may be changed after the send.
            var responses = await next().ConfigureAwait(false);
            var sent = activities.Where(a => a.Type != ActivityTypes.Typing).Select(ReplyEnvelope.Write).ToList();
            lock (recorder._replies)
            {
                recorder._replies.AddRange(sent);
            }

            return responses;
        });
        return recorder;
    }
}
