using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Turns;

/// <summary>One completed turn as the conversation state remembers it: the inbound activity's id and what it answered.</summary>
public sealed class CompletedTurn
{
    /// <summary>The id of the inbound activity (or stored inbound event) the turn answered.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>When the turn completed.</summary>
    public DateTimeOffset CompletedUtc { get; set; }

    /// <summary>The activities the turn sent, as JSON, in order (typing indicators left out).</summary>
    public List<JObject> Replies { get; set; } = [];
}
