using System.Text.RegularExpressions;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// What a tap on the Page's persistent menu or an ice breaker says. Majordome's profile
/// (<see cref="Profile.MessengerProfileBuilder"/>) writes the language of each locale's items into their payloads
/// (<c>"lang"</c>), since Messenger shows the customer the items of their own locale but sends no locale with the
/// tap; and an ice breaker's payload is <c>{"action":"ask","text":question,"intent":…,"lang":…}</c>, so the tap is the
/// question as if the customer had typed it, and the flow it asks for answers it. A foreign constant payload (an ice breaker set up in Meta's
/// tools, <c>ICEBREAKER_HOURS</c>) means nothing to the bot: the question shown on the button (the postback's title) is
/// read instead.
/// </summary>
internal static partial class TappedWords
{
    /// <summary>The action of an ice breaker's payload.</summary>
    public const string AskAction = Majordome.Dialogs.Conversations.ConversationStart.AskAction;

    /// <summary>
    /// Fills <paramref name="activity"/> from a tap: the language, and for an ice breaker its question as the text
    /// (the payload stays the value when it names the intent to start, see ConversationStart). False when
    /// <paramref name="value"/> is no question of ours, whose value the caller keeps.
    /// </summary>
    public static bool Apply(Activity activity, JObject? value)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (value is null)
        {
            return false;
        }

        var language = JsonIds.Text(value["lang"]) is { } lang && Languages.All.Contains(lang) ? lang : null;
        if (language is not null)
        {
            activity.Properties[LanguageResolver.TappedLanguageProperty] = language;
            activity.Locale = Languages.LocaleOf(language);
        }

        if (JsonIds.Text(value["action"]) == AskAction && JsonIds.Text(value["text"]) is { Length: > 0 } question)
        {
            activity.Text = question;
            activity.Value = JsonIds.Text(value["intent"]) is { Length: > 0 } ? value : null;
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="payload"/> is a constant such as <c>ICEBREAKER_HOURS</c> rather than words.</summary>
    public static bool IsConstant(string? payload) => payload is not null && Constant().IsMatch(payload);

    [GeneratedRegex("^[A-Z][A-Z0-9]*(?:[_:.-][A-Z0-9]+)+$")]
    private static partial Regex Constant();
}
