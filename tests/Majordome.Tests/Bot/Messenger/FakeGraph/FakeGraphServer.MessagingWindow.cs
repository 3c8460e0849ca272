using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// Meta's messaging windows on the Send API, for the customers a test says when they last wrote
/// (<see cref="MessengerCustomerLastWrote"/>): a RESPONSE or UPDATE more than 24 hours after it, or a HUMAN_AGENT-tagged
/// message more than 7 days after it, is refused with error 10 / 2018278, as Meta does. Customers not listed are not
/// checked (most tests use fixed timestamps far from now).
/// </summary>
public sealed partial class FakeGraphServer
{
    /// <summary>When each customer (PSID or IGSID) last wrote, as Meta counts the messaging windows.</summary>
    public ConcurrentDictionary<string, DateTimeOffset> MessengerCustomerLastWrote { get; } = new(StringComparer.Ordinal);

    private bool OutsideMessagingWindow(JObject body, string? recipientId)
    {
        if (recipientId is null || body["sender_action"] is not null || !MessengerCustomerLastWrote.TryGetValue(recipientId, out var last))
        {
            return false;
        }

        var age = DateTimeOffset.UtcNow - last;
        return (string?)body["messaging_type"] == "MESSAGE_TAG"
            ? age > TimeSpan.FromDays(7)
            : age > TimeSpan.FromHours(24);
    }
}
