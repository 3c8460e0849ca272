namespace Majordome.Bot.Messenger.Mapping;

/// <summary>What a Messenger or Instagram webhook event is, which decides what the inbox does with it.</summary>
public enum InboundKind
{
    /// <summary>A customer's message: text, quick reply, attachments.</summary>
    Message,

    /// <summary>A button, Get Started, persistent-menu item or ice breaker tapped.</summary>
    Postback,

    /// <summary>An m.me / ig.me link or an ad opened an existing thread.</summary>
    Referral,

    /// <summary>A plugin or marketing-messages opt-in.</summary>
    OptIn,

    /// <summary>A reaction added or removed.</summary>
    Reaction,

    /// <summary>The customer read messages (Messenger watermark or Instagram messaging_seen).</summary>
    Read,

    /// <summary>Messages were delivered (Messenger only).</summary>
    Delivery,

    /// <summary>The customer edited a message they sent.</summary>
    Edit,

    /// <summary>The customer unsent a message (Instagram): its stored text is purged.</summary>
    Deleted,

    /// <summary>A message type Instagram cannot show to apps.</summary>
    Unsupported,

    /// <summary>The echo of a message this app sent.</summary>
    OwnEcho,

    /// <summary>The echo of a message someone else sent for the Page (a person in the Page Inbox, another app).</summary>
    OtherEcho,

    /// <summary>Thread control came to this app (pass_thread_control naming it).</summary>
    ControlReceived,

    /// <summary>Thread control went to another app (taken, or passed away).</summary>
    ControlLost,

    /// <summary>Another app asked this app for thread control.</summary>
    ControlRequested,

    /// <summary>The app's handover roles changed (legacy Handover Protocol).</summary>
    AppRoles,

    /// <summary>Meta warned, blocked or unblocked the app for policy reasons.</summary>
    PolicyEnforcement,

    /// <summary>An event this version does not know: recorded and logged.</summary>
    Unknown,
}
