using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Anticipation;

/// <summary>What a due job says, written by its <see cref="IProactiveMessageComposer"/> in the customer's language.</summary>
/// <param name="Category">Utility or marketing, for the channel rules.</param>
/// <param name="Activities">The free-form message (text, cards, buttons), sent where the channel allows free-form.</param>
/// <param name="Template">The approved template to send instead outside the window (WhatsApp, Messenger utility), null when the kind has none.</param>
/// <param name="AskedForByCustomer">
/// True when the customer asked for this very message ("notify me when it is back"), their request and its wording
/// stored with it: that request is the consent to this one offer, so no general marketing opt-in is needed. The
/// channel's own rules still apply (window, Messenger's token, WhatsApp's templates), and so does a stop.
/// </param>
public sealed record ProactiveMessage(ProactiveCategory Category, IReadOnlyList<IActivity> Activities, ProactiveTemplate? Template, bool AskedForByCustomer = false)
{
    /// <summary>
    /// For a message that is a turn of the customer's conversation (a parked flow going on): writes it, moving the
    /// conversation on, and returns what it said (nothing when it no longer applies). Run only once the rules and the
    /// channel allow the message, so a message held back leaves the conversation where it was; null for a message
    /// whose <see cref="Activities"/> are already written.
    /// </summary>
    public Func<CancellationToken, Task<IReadOnlyList<IActivity>>>? WriteAsync { get; init; }
}

/// <summary>A platform-approved message template, its name and language configured per brand.</summary>
/// <param name="Name">The template's configured name.</param>
/// <param name="Language">Its language code ("fr", "en_US").</param>
/// <param name="Parameters">The body's parameters, in order.</param>
public sealed record ProactiveTemplate(string Name, string Language, IReadOnlyList<string> Parameters);
