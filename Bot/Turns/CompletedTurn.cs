using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Turns;

/// <summary>One completed turn as the conversation state remembers it: the inbound activity's id and what it answered.</summary>
public sealed class CompletedTurn
{
    /// <summary>The id of the inbound activity (or stored inbound event) the turn answered.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>When the turn completed.</summary>
    public DateTimeOffset CompletedUtc { get; set; }

    /// <summary>
    /// The activities the turn sent, in order (typing indicators left out), as the text of one JSON array, without
    /// the fields the turn sets again on every reply from the activity it answers (<see cref="ReplyEnvelope"/>);
    /// null when the turn's replies were not kept.
    /// </summary>
    /// <remarks>
    /// Text, not a tree of JSON objects: the window is read and written with the conversation's state on every turn,
    /// and typing each reply into objects then writing them back was a quarter of a booking turn's time under load;
    /// the text is typed only by the rare retry that replays it.
    /// </remarks>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Sent { get; set; }

    /// <summary>The activities as earlier versions kept them (whole, one object each); read, never written.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public List<JObject>? Replies { get; set; }

    /// <summary>The activities to send again in answer to <paramref name="turnContext"/>'s activity (a retry of the one answered).</summary>
    public IReadOnlyList<Activity> ToReplies(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Sent is not null)
        {
            var reference = turnContext.Activity.GetConversationReference();
            var replies = JsonConvert.DeserializeObject<List<Activity>>(Sent, ReplyEnvelope.Settings) ?? [];
            foreach (var reply in replies)
            {
                // The retry is the same activity: its reference gives back the fields left out when recorded.
                reply.ApplyConversationReference(reference);
            }

            return replies;
        }

        return Replies?.Select(r => r.ToObject<Activity>()!).ToList() ?? [];
    }
}
