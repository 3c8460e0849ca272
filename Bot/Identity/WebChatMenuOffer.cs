using Majordome.Bot.Channels;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Identity;

/// <summary>
/// Offers the link where it helps: in Web Chat, the main menu's buttons get "Continuer sur Messenger" (and "… sur
/// Instagram", "… sur WhatsApp") when the brand configured that channel, just before the language button. Tapping one sends its
/// title, which <see cref="LinkRequest"/> reads; the token is made only then, so showing the menu writes nothing.
/// The menu is recognised by its language button, the one button every menu has and no question does.
/// </summary>
public sealed class WebChatMenuOffer
{
    private readonly IdentityLinkOffer _offer;
    private readonly Localizer _localizer;

    /// <summary>Creates the offer.</summary>
    public WebChatMenuOffer(IdentityLinkOffer offer, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(localizer);
        _offer = offer;
        _localizer = localizer;
    }

    /// <summary>Adds the buttons to the menus <paramref name="turnContext"/> sends, on Web Chat only.</summary>
    public void Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var targets = new[] { LinkTarget.Messenger, LinkTarget.Instagram, LinkTarget.WhatsApp }.Where(_offer.IsOffered).ToList();
        if (targets.Count == 0 || turnContext.Activity.ChannelId is not (ChannelIds.DirectLine or ChannelIds.WebChat))
        {
            return;
        }

        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var language = context.GetLanguage();
            var languageCommands = Languages.All.Select(l => _localizer.Get(l, "main.choice.language.command")).ToHashSet(StringComparer.Ordinal);
            foreach (var activity in activities)
            {
                var actions = activity.SuggestedActions?.Actions?.ToList();
                var at = actions?.FindIndex(a => a.Value is string command && languageCommands.Contains(command)) ?? -1;
                if (actions is null || at < 0)
                {
                    continue;
                }

                foreach (var target in targets)
                {
                    var title = _localizer.GetPlain(language, $"identityLink.button.{target}");
                    if (!actions.Any(a => a.Title == title))
                    {
                        actions.Insert(at++, new CardAction(ActionTypes.ImBack, title, value: title));
                    }
                }

                // A new list: the one the dialog made may be fixed-size.
                activity.SuggestedActions!.Actions = actions;
            }

            return await next().ConfigureAwait(false);
        });
    }
}
