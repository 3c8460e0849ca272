namespace Majordome.Cards.Validation;

/// <summary>The numbers <see cref="CardLimitsChecker"/> checks against, each with where it comes from.</summary>
public static class CardLimits
{
    /// <summary>
    /// 28 KB, UTF-8. Teams: "The message size limit is 28 KB" for cards posted by incoming webhooks and Workflows
    /// (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook; the Teams
    /// Power Automate connector documents "about 28 KB" too). It is the strictest size limit of our channels.
    /// </summary>
    public const int MaxPayloadBytes = 28 * 1024;

    /// <summary>
    /// 40 KB, UTF-16. Teams bots: "The bot message size limit is 40 KB ... encoded as UTF-16" and an oversized message
    /// gets 413 MessageSizeTooBig (learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages).
    /// UTF-16 doubles ASCII, so a 20,000-character card already reaches it while still under 28 KB of UTF-8.
    /// </summary>
    public const int MaxPayloadUtf16Bytes = 40 * 1024;

    /// <summary>
    /// 5 actions per actions list (the card's and each ActionSet's). No host documents a hard number, and they differ:
    /// the official renderer's default HostConfig has <c>maxActions = 5</c> and reports more as TooManyActions
    /// (npm adaptivecards 3.0.x, ActionsConfig), Teams is observed to show 6 (github.com/atc0005/go-teams-notify
    /// issue 161), Web Chat's host config allows 100 (BotFramework-WebChat adaptiveCardHostConfig.ts). We keep to the
    /// smallest, so tests/card-validator (default HostConfig) and every host show all our buttons.
    /// </summary>
    public const int MaxActions = 5;

    /// <summary>
    /// 1,024 characters per TextBlock. No card host sets one; this is the WhatsApp Cloud API's limit for the body of a
    /// reply-buttons interactive message (developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages),
    /// the narrowest place a card's text is degraded to. Longer text reads as a wall in a chat bubble anyway.
    /// </summary>
    public const int MaxTextLength = 1024;

    /// <summary>
    /// 20 characters per button title: Messenger's limit for button and quick-reply titles
    /// (developers.facebook.com/docs/messenger-platform/send-messages/buttons) and WhatsApp's for reply buttons, where the
    /// channel adapters turn card actions into buttons. Teams and Web Chat would only wrap longer ones.
    /// </summary>
    public const int MaxActionTitleLength = 20;

    /// <summary>The Adaptive Card schema version every Majordome card declares (Teams desktop and Web Chat render 1.5).</summary>
    public const string Version = "1.5";
}
