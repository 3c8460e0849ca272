using Majordome.Bot.Messenger.Mapping;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.OptIns;

/// <summary>
/// Reads the token-bearing <c>optin</c> events: marketing messages (<c>type: notification_messages</c>, with
/// frequency, time zone, <c>token_expiry_timestamp</c> and a later <c>STOP NOTIFICATIONS</c> / <c>RESUME
/// NOTIFICATIONS</c> status) and legacy one-time notifications (<c>type: one_time_notif_req</c>, a single-use token
/// valid one year). Plugin opt-ins carry no token: they are greeted, not stored.
/// </summary>
public static class MessengerOptInReader
{
    private static readonly TimeSpan OneTimeTokenLife = TimeSpan.FromDays(365);

    /// <summary>The consent <paramref name="optin"/> records, or null when it carries no token.</summary>
    public static MessengerOptIn? Read(MessengerThread thread, JObject optin, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(optin);
        switch (JsonIds.Text(optin["type"]))
        {
            case "notification_messages" when JsonIds.Read(optin["notification_messages_token"]) is { } token:
                var status = JsonIds.Text(optin["notification_messages_status"]);
                return new MessengerOptIn(
                    thread,
                    MessengerOptInKind.MarketingMessages,
                    token,
                    JsonIds.Text(optin["payload"]),
                    JsonIds.Text(optin["title"]),
                    JsonIds.Text(optin["notification_messages_frequency"]),
                    JsonIds.Text(optin["notification_messages_timezone"]),
                    EventTime.Read(optin["token_expiry_timestamp"]),
                    !string.Equals(status, "STOP NOTIFICATIONS", StringComparison.OrdinalIgnoreCase),
                    JsonIds.Text(optin["user_token_status"]),
                    at);
            case "one_time_notif_req" when JsonIds.Read(optin["one_time_notif_token"]) is { } token:
                return new MessengerOptIn(thread, MessengerOptInKind.OneTimeNotification, token, JsonIds.Text(optin["payload"]), JsonIds.Text(optin["title"]),
                    null, null, at + OneTimeTokenLife, true, null, at);
            default:
                return null;
        }
    }
}
