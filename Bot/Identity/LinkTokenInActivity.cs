using System.Text.RegularExpressions;
using Majordome.Bot.Channels;
using Majordome.Dialogs.Conversations;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Identity;

/// <summary>
/// Where a link token arrives: on Messenger, the <c>ref</c> of the m.me link (a standalone <c>referral</c> event in an
/// existing thread, the Get Started postback of a new one, or a message's referral); on Instagram, the <c>ref</c> of the
/// ig.me link (a <c>referral</c> event in an existing thread, the referral of an ice breaker's tap in a new one) or, since
/// a new thread whose customer types instead gets no ref, the code typed as a message; on WhatsApp, the text of the
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
            ChannelIds.Facebook when RefToken(activity) is { } reference => (reference, LinkTarget.Messenger),
            ChannelIds.Instagram when (RefToken(activity) ?? TypedToken(activity)) is { } token => (token, LinkTarget.Instagram),
            ChannelIds.WhatsApp when TypedToken(activity) is { } typed => (typed, LinkTarget.WhatsApp),
            _ => null,
        };
    }

    /// <summary>
    /// The activity the bot should see once the token is taken out, the token neither understood as words nor kept in
    /// the conversation's state. A message that says something besides (the words a customer wrote from an ad, an ice
    /// breaker's question) stays that message, still answered, its referral keeping the ad's context without the ref.
    /// Anything else (a link opened, Get Started, a typed code) becomes a referral that names no flow, so the customer
    /// is greeted on the new channel; it too keeps the ad's context.
    /// </summary>
    public static void Remove(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Message
            && activity.Properties?[ConversationStart.ReferralPropertyName] is JObject carried
            && IsToken(carried["ref"])
            && SaysSomething(activity))
        {
            carried.Remove("ref");
            return;
        }

        var context = AdContext(activity);
        activity.Type = ActivityTypes.Event;
        activity.Name = ConversationStart.ReferralEventName;
        activity.Value = context;
        activity.Text = null;
        activity.Properties?.Remove(ConversationStart.ReferralPropertyName);
    }

    private static bool SaysSomething(Activity activity) =>
        (activity.Text is { } text && !string.IsNullOrWhiteSpace(text) && !TokenPattern().IsMatch(text))
        || activity.Value is not null
        || activity.Attachments is { Count: > 0 };

    // The referral without its ref: where it came from (source, type, the ad's id) is still worth keeping.
    private static JObject AdContext(Activity activity)
    {
        var value = Json(activity.Value);
        var referral = value?["referral"] as JObject
            ?? (activity.Type == ActivityTypes.Event ? value : null)
            ?? activity.Properties?[ConversationStart.ReferralPropertyName] as JObject;
        var context = referral?.DeepClone() as JObject ?? new JObject();
        context.Remove("ref");
        return context;
    }

    private static string? RefToken(Activity activity) =>
        Ref(activity) is { } reference && reference.StartsWith(LinkTokenSigner.Prefix, StringComparison.Ordinal) ? reference : null;

    private static string? TypedToken(Activity activity) =>
        activity.Type == ActivityTypes.Message && activity.Text is { } text && TokenPattern().Match(text) is { Success: true } match ? match.Value : null;

    private static bool IsToken(JToken? reference) =>
        reference is JValue { Type: JTokenType.String } value && value.ToString().StartsWith(LinkTokenSigner.Prefix, StringComparison.Ordinal);

    private static string? Ref(Activity activity)
    {
        if (Json(activity.Value) is { } o && o["ref"] is JValue { Type: JTokenType.String } reference)
        {
            return reference.ToString();
        }

        return activity.Properties?[ConversationStart.ReferralPropertyName] is JObject referral && referral["ref"] is JValue { Type: JTokenType.String } fromMessage
            ? fromMessage.ToString()
            : null;
    }

    private static JObject? Json(object? value) => (value is null or JToken ? value as JToken : JToken.FromObject(value)) as JObject;

    [GeneratedRegex("link-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
