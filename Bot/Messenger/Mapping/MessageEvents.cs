using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>Maps <c>message</c> events: customer messages, quick replies, attachments, echoes, Instagram's deletions.</summary>
internal static class MessageEvents
{
    public static InboundEvent Map(EventContext context, JObject message)
    {
        var mid = JsonIds.Text(message["mid"]);
        if (IsTrue(message["is_echo"]))
        {
            var appId = JsonIds.Read(message["app_id"]);

            // Instagram echoes carry no app_id: they cannot be told apart, so they count as ours rather than
            // pausing the bot after each of its own replies (a person taking over on Instagram hands over instead).
            // A reply's token in the metadata is ours whatever the app id says: our own reply never pauses the bot.
            var ours = appId is null || appId == context.AppId || Inbox.ReplyToken.IsOurs(JsonIds.Text(message["metadata"]));
            return context.Event(ours ? InboundKind.OwnEcho : InboundKind.OtherEcho, null, mid, $"echo from app {appId ?? "(none)"}");
        }

        if (IsTrue(message["is_deleted"]))
        {
            return context.Event(InboundKind.Deleted, context.NewActivity(ActivityTypes.MessageDelete, mid), mid, "message unsent");
        }

        if (IsTrue(message["is_unsupported"]))
        {
            return context.Event(InboundKind.Unsupported, null, mid, "unsupported message");
        }

        var activity = context.NewActivity(ActivityTypes.Message, mid);
        if (activity is not null)
        {
            activity.Text = JsonIds.Text(message["text"]);
            activity.ReplyToId = JsonIds.Text(message["reply_to"]?["mid"]);
            if (JsonIds.Text(message["quick_reply"]?["payload"]) is { } payload)
            {
                // Our quick replies carry the chosen value as text; a JSON payload is a card-style submit.
                var value = PayloadValue.AsObject(payload);
                activity.Value = value;
                activity.Text = value is null ? payload : null;
            }

            var attachments = AttachmentMapper.Map(context.ChannelId, message);
            if (attachments.Count > 0)
            {
                activity.Attachments = attachments;
            }

            if (ReferralValue.From(message["referral"]) is { } referral)
            {
                activity.Properties[ReferralValue.PropertyName] = referral;
            }
        }

        var detail = $"message{(message["quick_reply"] is null ? string.Empty : " (quick reply)")}{(activity?.Attachments?.Count > 0 ? $" with {activity.Attachments.Count} attachment(s)" : string.Empty)}";
        return context.Event(InboundKind.Message, activity, mid, detail);
    }

    private static bool IsTrue(JToken? token) => token is JValue { Type: JTokenType.Boolean, Value: true };
}
