using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>
/// The token a reply of an inbox event carries in its Send API <c>message.metadata</c> (never shown to the
/// customer). Meta sends the metadata back in the reply's echo, so an echo carrying one of these tokens says the
/// reply reached the customer, even when the process that sent it died before Graph's answer came.
/// </summary>
public static class ReplyToken
{
    /// <summary>What every token starts with, which tells our metadata apart from another app's.</summary>
    public const string Prefix = "majordome:reply:";

    /// <summary>A new token: the prefix and 128 random bits (unguessable, far under the 1,000-character limit).</summary>
    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="metadata"/> is one of our tokens.</summary>
    public static bool IsOurs(string? metadata) =>
        metadata is { Length: > 0 and <= 200 } && metadata.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The token of <paramref name="messagingEvent"/> when it is the echo of one of our replies, else null.</summary>
    public static string? FromEcho(JObject messagingEvent)
    {
        ArgumentNullException.ThrowIfNull(messagingEvent);
        return messagingEvent["message"] is JObject { } message
            && message["is_echo"] is JValue { Type: JTokenType.Boolean, Value: true }
            && message["metadata"] is JValue { Type: JTokenType.String, Value: string metadata }
            && IsOurs(metadata)
                ? metadata
                : null;
    }
}
