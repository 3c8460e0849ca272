using System.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Majordome.Bot.Turns;

/// <summary>
/// How a completed turn's replies are written for the replay window: unset properties left out, and so are the
/// fields every reply of a turn takes from the activity it answers (channel, service URL, conversation, sender,
/// recipient, the id it replies to), set again from the retried activity when replayed. They were about half of each
/// kept reply.
/// </summary>
internal static class ReplyEnvelope
{
    /// <summary>The settings: writing leaves the envelope out; reading reads what was written.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        ContractResolver = new WithoutEnvelope(),
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>The reply as kept: its JSON without the envelope.</summary>
    public static string Write(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(text, reply);
        return text.ToString();
    }

    private sealed class WithoutEnvelope : DefaultContractResolver
    {
        private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal) { "channelId", "serviceUrl", "conversation", "from", "recipient", "replyToId" };

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.DeclaringType == typeof(Activity) && property.PropertyName is { } name && Envelope.Contains(name))
            {
                property.ShouldSerialize = _ => false;
            }

            return property;
        }
    }
}
