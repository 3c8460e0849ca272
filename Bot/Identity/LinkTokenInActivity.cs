using System.Text.RegularExpressions;
using Majordome.Bot.Channels;
using Majordome.Dialogs.Conversations;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Identity;

/// <summary>
/// Where a link token arrives: on Messenger, the <c>ref</c> of the m.me link (a standalone <c>referral</c> event in an
/// existing thread, the Get Started postback of a new one, or a message's referral); on WhatsApp, the text of the
/// prefilled message the wa.me link opened. Each channel reads only its own door: a token is redeemed by the key the
/// channel's signed webhook authenticated, never by a key a message names.
/// </summary>
public static partial class LinkTokenInActivity
{
    /// <summary>The token <paramref name="activity"/> carries and the target it was made for, or null.</summary>
    public static (string Token, string Target)? Find(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId switch
        {
            ChannelIds.Facebook when Ref(activity) is { } reference && reference.StartsWith(LinkTokenSigner.Prefix, StringComparison.Ordinal) => (reference, LinkTarget.Messenger),
            ChannelIds.WhatsApp when activity.Type == ActivityTypes.Message && activity.Text is { } text && TokenPattern().Match(text) is { Success: true } match => (match.Value, LinkTarget.WhatsApp),
            _ => null,
        };
    }

    /// <summary>
    /// The activity the bot should see once the token is taken out: a referral that names no flow, so the customer is
    /// greeted on the new channel, and the token is neither understood as words nor kept in the conversation's state.
    /// </summary>
    public static void Remove(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type = ActivityTypes.Event;
        activity.Name = ConversationStart.ReferralEventName;
        activity.Value = new JObject();
        activity.Text = null;
        activity.Properties?.Remove(ConversationStart.ReferralPropertyName);
    }

    private static string? Ref(Activity activity)
    {
        var value = activity.Value is null or JToken ? activity.Value as JToken : JToken.FromObject(activity.Value);
        if (value is JObject o && o["ref"] is JValue { Type: JTokenType.String } reference)
        {
            return reference.ToString();
        }

        return activity.Properties?[ConversationStart.ReferralPropertyName] is JObject referral && referral["ref"] is JValue { Type: JTokenType.String } fromMessage
            ? fromMessage.ToString()
            : null;
    }

    [GeneratedRegex("link-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
