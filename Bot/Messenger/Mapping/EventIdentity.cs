using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>Who the customer of a webhook event is, and the key that makes a redelivered event recognizable.</summary>
public static class EventIdentity
{
    /// <summary>
    /// The prefix of the user id of a checkbox-plugin opt-in, which has no sender: the outbound side addresses such a
    /// "user" with <c>recipient.user_ref</c> instead of <c>recipient.id</c>.
    /// </summary>
    public const string UserRefPrefix = "user_ref:";

    /// <summary>
    /// The customer's id: the sender, except for echoes (the Page sent them, so the customer is the recipient) and
    /// checkbox opt-ins (no sender: <see cref="UserRefPrefix"/> + <c>user_ref</c>). Null for page-level events
    /// (<c>app_roles</c>, <c>policy_enforcement</c>).
    /// </summary>
    public static string? CustomerOf(JObject messagingEvent)
    {
        ArgumentNullException.ThrowIfNull(messagingEvent);
        if (messagingEvent["message"] is JObject { } message && message["is_echo"] is JValue { Type: JTokenType.Boolean, Value: true })
        {
            return JsonIds.AccountId(messagingEvent["recipient"]);
        }

        if (JsonIds.AccountId(messagingEvent["sender"]) is { } sender)
        {
            return sender;
        }

        return messagingEvent["optin"] is JObject optin && JsonIds.Read(optin["user_ref"]) is { } userRef ? UserRefPrefix + userRef : null;
    }

    /// <summary>
    /// The deduplication key. Messages and postbacks are keyed on their <c>mid</c>, as Meta advises; an edit, an
    /// unsent (deleted) message and a reaction reuse the original message's mid, so those get keys of their own.
    /// Events without a mid are keyed on a hash of their exact content, which a redelivery repeats.
    /// </summary>
    public static string DedupeKey(string channelId, string accountId, bool standby, JObject messagingEvent)
    {
        ArgumentNullException.ThrowIfNull(messagingEvent);
        var scope = $"{channelId}/{accountId}/";
        if (messagingEvent["message"] is JObject message && JsonIds.Text(message["mid"]) is { } mid)
        {
            return message["is_deleted"] is JValue { Type: JTokenType.Boolean, Value: true } ? $"{scope}deleted:{mid}" : $"{scope}mid:{mid}";
        }

        if (messagingEvent["postback"] is JObject postback && JsonIds.Text(postback["mid"]) is { } postbackMid)
        {
            return $"{scope}mid:{postbackMid}";
        }

        if (messagingEvent["message_edit"] is JObject edit && JsonIds.Text(edit["mid"]) is { } editedMid)
        {
            return $"{scope}edit:{editedMid}:{JsonIds.Read(edit["num_edit"])}";
        }

        var content = $"{(standby ? "standby" : "messaging")}|{messagingEvent.ToString(Newtonsoft.Json.Formatting.None)}";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content));
        return $"{scope}sha256:{Convert.ToHexStringLower(hash)}";
    }
}
