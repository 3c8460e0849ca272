using Majordome.Bot.Channels;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Identity;

/// <summary>
/// A customer asking to continue on another channel: the button the bot offers ("Continuer sur Messenger",
/// "Continue on WhatsApp", "Continuer sur Instagram") or the same words typed, in either language.
/// </summary>
/// <param name="Target">Where to (<see cref="LinkTarget"/>).</param>
/// <param name="Language">The language the request was written in.</param>
public sealed record LinkRequest(string Target, string Language)
{
    private static readonly (string Words, string Target, string Language)[] Phrases =
    [
        ("continuer sur messenger", LinkTarget.Messenger, Languages.French),
        ("continue on messenger", LinkTarget.Messenger, Languages.English),
        ("continuer sur whatsapp", LinkTarget.WhatsApp, Languages.French),
        ("continue on whatsapp", LinkTarget.WhatsApp, Languages.English),
        ("continuer sur instagram", LinkTarget.Instagram, Languages.French),
        ("continue on instagram", LinkTarget.Instagram, Languages.English),
    ];

    /// <summary>The request <paramref name="activity"/> makes, or null; a channel is never offered a link to itself.</summary>
    public static LinkRequest? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || activity.Text is not { Length: > 0 and < 64 } text)
        {
            return null;
        }

        var words = string.Join(' ', text.Trim().TrimEnd('.', '!', '?').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var (phrase, target, language) in Phrases)
        {
            if (words == phrase && !IsChannelOf(target, activity.ChannelId))
            {
                return new LinkRequest(target, language);
            }
        }

        return null;
    }

    private static bool IsChannelOf(string target, string? channelId) =>
        (target == LinkTarget.Messenger && channelId == ChannelIds.Facebook)
        || (target == LinkTarget.WhatsApp && channelId == ChannelIds.WhatsApp)
        || (target == LinkTarget.Instagram && channelId == ChannelIds.Instagram);
}
