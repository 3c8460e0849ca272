using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Maps <c>postback</c> events (buttons, Get Started, persistent menu, ice breakers) to messages: a JSON payload
/// becomes <c>Value</c> as a card submit would, any other payload <c>Text</c>. Get Started (ours,
/// <c>{"action":"getStarted"}</c>, or the literal <c>GET_STARTED</c>) gets the referral's <c>ref</c> that opened the thread.
/// Menu items and ice breakers carry the customer's language, and an ice breaker its question (<see cref="TappedWords"/>).
/// </summary>
internal static class PostbackEvents
{
    public static InboundEvent Map(EventContext context, JObject postback)
    {
        var mid = JsonIds.Text(postback["mid"]);
        var activity = context.NewActivity(ActivityTypes.Message, mid);
        var payload = JsonIds.Text(postback["payload"]);
        var value = payload == PayloadValue.LegacyGetStarted
            ? new JObject { ["action"] = PayloadValue.GetStartedAction }
            : PayloadValue.AsObject(payload);
        var referral = ReferralValue.From(postback["referral"]);
        if (activity is not null)
        {
            // An ice breaker of ours becomes the question it shows, as if typed.
            if (TappedWords.Apply(activity, value))
            {
                value = activity.Value as JObject;
            }
            else if (value is not null)
            {
                if (referral is not null && PayloadValue.IsGetStarted(value))
                {
                    value["ref"] = referral["ref"]?.DeepClone();
                    value["referral"] = referral;
                }

                activity.Value = value;
            }
            else
            {
                // Standby postbacks carry no payload (it goes only to the app that sent the button): the title is all there is.
                // A foreign constant payload (ICEBREAKER_HOURS) says less than the button's own words.
                var title = JsonIds.Text(postback["title"]);
                activity.Text = payload is null || (TappedWords.IsConstant(payload) && title is { Length: > 0 }) ? title : payload;
            }

            if (referral is not null && !PayloadValue.IsGetStarted(value))
            {
                activity.Properties[ReferralValue.PropertyName] = referral;
            }
        }

        return context.Event(InboundKind.Postback, activity, mid, PayloadValue.IsGetStarted(value) ? "get started" : "postback");
    }
}
