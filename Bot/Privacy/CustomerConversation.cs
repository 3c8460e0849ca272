namespace Majordome.Bot.Privacy;

/// <summary>One conversation a customer had.</summary>
/// <param name="Channel">The activity's channel id (what transcripts and the queue are keyed by).</param>
/// <param name="ConversationId">The conversation's id.</param>
/// <param name="StateChannel">The channel part of its state keys (the channel id unless the endpoint gave it a key space).</param>
public sealed record CustomerConversation(string Channel, string ConversationId, string StateChannel)
{
    /// <summary>The conversation state document's key.</summary>
    public string StateKey => $"{StateChannel}/conversations/{ConversationId}";
}
