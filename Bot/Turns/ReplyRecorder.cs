using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Turns;

/// <summary>
/// Keeps a copy of every activity a turn sends, so that the turn's replies can be recorded with its state and given
/// again to a retry of the same activity. Typing indicators are left out: they say nothing once the turn is over.
/// </summary>
public sealed class ReplyRecorder
{
    // Unset properties left out: a reply is recorded as the channel would have received it.
    private static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    private readonly List<JObject> _replies = [];

    private ReplyRecorder()
    {
    }

    /// <summary>What the turn sent so far, in order.</summary>
    public IReadOnlyList<JObject> Replies
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
            // Recorded once sent: an activity the channel refused is not one the customer saw.
            var responses = await next().ConfigureAwait(false);
            lock (recorder._replies)
            {
                recorder._replies.AddRange(activities.Where(a => a.Type != ActivityTypes.Typing).Select(a => JObject.FromObject(a, Json)));
            }

            return responses;
        });
        return recorder;
    }
}
