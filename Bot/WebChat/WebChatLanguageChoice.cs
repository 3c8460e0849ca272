using Majordome.Bot.DirectLine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Majordome.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.WebChat;

/// <summary>
/// Records the language a visitor picked on the chat page (its language link, or the language the embedding site
/// asked for) as their choice, before their new conversation starts: a returning visitor who spoke French
/// yesterday and clicks "English" today is greeted in English, with the same cart and bookings.
/// </summary>
public sealed class WebChatLanguageChoice
{
    private readonly UserStateStore _userState;
    private readonly UserProfileAccessor _profiles;
    private readonly DirectLineAdapter _adapter;

    /// <summary>Creates the service.</summary>
    public WebChatLanguageChoice(UserStateStore userState, UserProfileAccessor profiles, DirectLineAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(adapter);
        _userState = userState;
        _profiles = profiles;
        _adapter = adapter;
    }

    /// <summary>Makes <paramref name="language"/> the chosen language of the Direct Line user <paramref name="userId"/>.</summary>
    public async Task ChooseAsync(string userId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(language);

        // The user state is keyed by channel and user id, as in the visitor's turns.
        var activity = new Activity(ActivityTypes.Event, name: "webchat/language")
        {
            ChannelId = DirectLineAdapter.ChannelId,
            From = new ChannelAccount(userId, role: RoleTypes.User),
            Conversation = new ConversationAccount(id: "webchat-language"),
        };
        using var context = new TurnContext(_adapter, activity);
        await _userState.LoadAsync(context, force: true, cancellationToken).ConfigureAwait(false);
        var profile = await _profiles.GetAsync(context, cancellationToken).ConfigureAwait(false);
        if (profile.LanguageChosen && profile.Language == language)
        {
            return;
        }

        LanguageResolver.Choose(profile, language);
        await _profiles.SetAsync(context, profile, cancellationToken).ConfigureAwait(false);
        await _userState.SaveChangesAsync(context, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
