using Majordome.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// A conversation (re)started from outside: the Get Started button (<c>{"action":"getStarted","ref":...}</c>), a
/// link or ad that opened the thread (an event named <see cref="ReferralEventName"/> with <c>{"ref":...}</c>, or the
/// first message after an ad or a link, carrying <c>{"ref":...}</c> in its <see cref="ReferralPropertyName"/>
/// property), a website plugin's opt-in (an event named <see cref="OptInEventName"/> without a <c>type</c>), or a
/// persistent-menu item (<c>{"action":"menu","choice":...}</c>). When the ref or choice names a main-menu flow
/// ("information", "shop", "book") that flow starts at once, so an m.me/page?ref=book link opens the booking;
/// anything else greets and shows the menu. Whatever was running is cancelled first: the customer chose.
/// </summary>
/// <param name="Flow">The main-menu choice to start, or null for the menu.</param>
/// <param name="Reason">Welcome for a first contact (greet), Menu for a menu item.</param>
public sealed record ConversationStart(string? Flow, RootDialogReason Reason)
{
    /// <summary>The ref or choice as sent when it names no built-in flow (a declarative flow's ref may), else null.</summary>
    public string? Ref { get; init; }

    /// <summary>The intent a tapped question asks for ("information", "book"...), with <see cref="Utterance"/>; null otherwise.</summary>
    public string? Intent { get; init; }

    /// <summary>The question the customer tapped (an ice breaker), answered as if typed; null otherwise.</summary>
    public string? Utterance { get; init; }

    /// <summary>The name of the event activity a channel sends when a link or an ad opened an existing thread.</summary>
    public const string ReferralEventName = "referral";

    /// <summary>The activity property of a message sent from an ad or a link: <c>{"ref":...}</c>.</summary>
    public const string ReferralPropertyName = "referral";

    /// <summary>
    /// The name of the event activity of an opt-in. A website plugin's (Send to Messenger, checkbox) has no
    /// <c>type</c> and is greeted; a typed one (marketing messages, one-time notification) only records consent.
    /// </summary>
    public const string OptInEventName = "optin";

    /// <summary>
    /// The name of the event activity the host sends when a person of the team hands the conversation back: the bot
    /// drops the question it had left pending and offers its menu.
    /// </summary>
    public const string HandBackEventName = "handBack";

    /// <summary>
    /// The name of the event activity the host sends when a request for a person waited too long for the team: the
    /// customer is told and offered to leave a way to reach them (<see cref="Team.TeamContactDialog"/>).
    /// </summary>
    public const string TeamLateEventName = "teamLate";

    /// <summary>The action of the Get Started button's payload.</summary>
    public const string GetStartedAction = "getStarted";

    /// <summary>
    /// The action of a tapped question's payload (a Messenger ice breaker): <c>{"action":"ask","text":...,"intent":...}</c>
    /// starts the intent's flow with the question, as a typed question the recognizer understood would.
    /// </summary>
    public const string AskAction = "ask";

    /// <summary>The action of a persistent-menu item's payload.</summary>
    public const string MenuAction = "menu";

    private static readonly string[] Flows = [MainDialog.MenuChoices.Information, MainDialog.MenuChoices.Shop, MainDialog.MenuChoices.Book];

    /// <summary>The start <paramref name="activity"/> asks for, or null when it is an ordinary turn.</summary>
    public static ConversationStart? From(IActivity? activity)
    {
        switch (activity)
        {
            case IEventActivity { Name: ReferralEventName } referral:
                return Start(Field(referral.Value, "ref"), RootDialogReason.Welcome);
            case IEventActivity { Name: HandBackEventName }:
                return new ConversationStart(null, RootDialogReason.Menu);
            case IEventActivity { Name: TeamLateEventName }:
                return new ConversationStart(null, RootDialogReason.Switch) { Intent = Engine.TeamIntents.Late };
            case IEventActivity { Name: OptInEventName } optIn when Field(optIn.Value, "type") is null:
                return Start(Field(optIn.Value, "ref"), RootDialogReason.Welcome);
            case IMessageActivity { Value: not null } message when Field(message.Value, "action") is { } action:
                return action switch
                {
                    GetStartedAction => Start(Field(message.Value, "ref"), RootDialogReason.Welcome),
                    MenuAction => Start(Field(message.Value, "choice"), RootDialogReason.Menu),
                    AskAction when Field(message.Value, "intent") is { Length: > 0 } intent && Field(message.Value, "text") is { Length: > 0 } question =>
                        new ConversationStart(null, RootDialogReason.Switch) { Intent = intent, Utterance = question },
                    _ => null,
                };
            case Activity { Type: ActivityTypes.Message } fromAd when MessageReferral(fromAd) is { } reference:
                // The first message after an ad or a link: its ref opens the flow as a Get Started would; an unknown
                // ref still greets, and the message's own words are understood by the welcome.
                return Start(reference, RootDialogReason.Welcome);
            default:
                return null;
        }
    }

    /// <summary>Cancels what runs and begins <paramref name="rootDialogId"/> on the requested flow (or its menu).</summary>
    public Task<DialogTurnResult> BeginAsync(DialogContext dc, string rootDialogId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return BeginCoreAsync(dc, rootDialogId, cancellationToken);
    }

    private async Task<DialogTurnResult> BeginCoreAsync(DialogContext dc, string rootDialogId, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(rootDialogId, new RootDialogOptions(Reason, Intent, Utterance) { Flow = Flow, Ref = Ref }, cancellationToken).ConfigureAwait(false);
    }

    private static ConversationStart Start(string? name, RootDialogReason reason) =>
        FlowNamed(name) is { } flow
            ? new ConversationStart(flow, reason)
            : new ConversationStart(null, reason) { Ref = string.IsNullOrWhiteSpace(name) ? null : name.Trim() };

    private static string? FlowNamed(string? name) =>
        name is null ? null : Flows.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string? MessageReferral(Activity message) =>
        message.Properties?[ReferralPropertyName] is JObject referral && Field(referral, "ref") is { Length: > 0 } reference ? reference : null;

    private static string? Field(object? value, string name)
    {
        var json = value is null or JToken ? value as JToken : JToken.FromObject(value);
        return json is JObject o && o[name] is JValue { Type: JTokenType.String } field ? field.ToString() : null;
    }
}
