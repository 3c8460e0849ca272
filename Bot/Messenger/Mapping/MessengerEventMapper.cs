using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Turns one webhook event (an element of <c>entry[].messaging</c> or <c>entry[].standby</c>) into an
/// <see cref="InboundEvent"/> with the Bot Framework activity the bot sees. Lenient: a field of an unexpected type
/// is treated as absent (the envelope was already checked), so an odd event never stops the inbox.
/// </summary>
public sealed class MessengerEventMapper
{
    private readonly MessengerOptions _options;

    /// <summary>Creates the mapper.</summary>
    public MessengerEventMapper(IOptions<MessengerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>Maps <paramref name="messagingEvent"/>, received for <paramref name="accountId"/> on <paramref name="channelId"/>.</summary>
    public InboundEvent Map(string channelId, string accountId, JObject messagingEvent, bool standby)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        ArgumentNullException.ThrowIfNull(messagingEvent);
        var context = new EventContext(channelId, accountId, messagingEvent, standby, _options);
        return messagingEvent switch
        {
            _ when messagingEvent["message"] is JObject message => MessageEvents.Map(context, message),
            _ when messagingEvent["postback"] is JObject postback => PostbackEvents.Map(context, postback),
            _ when messagingEvent["referral"] is JObject referral => context.Event(InboundKind.Referral, context.NewEvent(ReferralValue.EventName, ReferralValue.From(referral)), null, $"referral {JsonIds.Text(referral["source"])}"),
            _ when messagingEvent["optin"] is JObject optin => context.Event(InboundKind.OptIn, context.NewEvent(Majordome.Dialogs.Conversations.ConversationStart.OptInEventName, optin.DeepClone()), null, $"opt-in {JsonIds.Text(optin["type"]) ?? "plugin"}"),
            _ when messagingEvent["reaction"] is JObject reaction => Reaction(context, reaction),
            _ when messagingEvent["read"] is JObject read => Receipt(context, InboundKind.Read, "read", read),
            _ when messagingEvent["delivery"] is JObject delivery => Receipt(context, InboundKind.Delivery, "delivery", delivery),
            _ when messagingEvent["message_edit"] is JObject edit => Edit(context, edit),
            _ => HandoverEvents.Map(context),
        };
    }

    private static InboundEvent Reaction(EventContext context, JObject reaction)
    {
        var mid = JsonIds.Text(reaction["mid"]);
        var name = JsonIds.Text(reaction["reaction"]) ?? JsonIds.Text(reaction["emoji"]) ?? "other";
        var activity = context.NewActivity(ActivityTypes.MessageReaction, null);
        if (activity is null)
        {
            return context.Event(InboundKind.Unknown, null, mid, "reaction without a sender");
        }

        activity.ReplyToId = mid;
        var reactions = new List<MessageReaction> { new(name) };
        if (JsonIds.Text(reaction["action"]) == "unreact")
        {
            activity.ReactionsRemoved = reactions;
        }
        else
        {
            activity.ReactionsAdded = reactions;
        }

        return context.Event(InboundKind.Reaction, activity, mid, $"reaction {JsonIds.Text(reaction["action"])} {name}");
    }

    private static InboundEvent Receipt(EventContext context, InboundKind kind, string name, JObject receipt)
    {
        var value = new JObject();
        if (JsonIds.Read(receipt["watermark"]) is { } watermark)
        {
            value["watermark"] = watermark;
        }

        if (JsonIds.Text(receipt["mid"]) is { } mid)
        {
            value["mid"] = mid;
        }

        if (receipt["mids"] is JArray mids)
        {
            value["mids"] = new JArray(mids.Select(JsonIds.Read).OfType<string>());
        }

        return context.Event(kind, context.NewEvent(name, value), JsonIds.Text(receipt["mid"]), name);
    }

    private static InboundEvent Edit(EventContext context, JObject edit)
    {
        // An edit updates what the customer wrote; it does not ask again (see InboundEvent.RunsTurn).
        var mid = JsonIds.Text(edit["mid"]);
        var activity = context.NewActivity(ActivityTypes.MessageUpdate, mid);
        if (activity is not null)
        {
            activity.Text = JsonIds.Text(edit["text"]);
        }

        return context.Event(InboundKind.Edit, activity, mid, $"edit #{JsonIds.Read(edit["num_edit"])}");
    }
}
