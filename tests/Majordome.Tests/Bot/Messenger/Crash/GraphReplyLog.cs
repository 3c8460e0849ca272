using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Harness.Messenger;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Crash;

/// <summary>The crash drill's view of the fake Graph server: the texts each customer received.</summary>
internal sealed class GraphReplyLog(FakeGraphServer graph) : IReplyLog
{
    public IReadOnlyList<string> TextsTo(string recipient) => graph.SentMessages
        .Where(m => (string?)m["recipient"]?["id"] == recipient)
        .Select(m => (JObject)m["message"]!)
        .Select(m => (string?)m["text"] ?? (string?)m["attachment"]?["payload"]?["text"] ?? m.ToString(Formatting.None))
        .ToList();
}
