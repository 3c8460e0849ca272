using Majordome.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// A conversation (re)started from outside: the Get Started button (<c>{"action":"getStarted","ref":...}</c>), a
/// link or ad that opened the thread (an event named <see cref="ReferralEventName"/> with <c>{"ref":...}</c>), or a
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

    /// <summary>The name of the event activity a channel sends when a link or an ad opened an existing thread.</summary>
    public const string ReferralEventName = "referral";

    /// <summary>The action of the Get Started button's payload.</summary>
    public const string GetStartedAction = "getStarted";

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
            case IMessageActivity { Value: not null } message when Field(message.Value, "action") is { } action:
                return action switch
                {
                    GetStartedAction => Start(Field(message.Value, "ref"), RootDialogReason.Welcome),
                    MenuAction => Start(Field(message.Value, "choice"), RootDialogReason.Menu),
                    _ => null,
                };
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
        return await dc.BeginDialogAsync(rootDialogId, new RootDialogOptions(Reason) { Flow = Flow, Ref = Ref }, cancellationToken).ConfigureAwait(false);
    }

    private static ConversationStart Start(string? name, RootDialogReason reason) =>
        FlowNamed(name) is { } flow
            ? new ConversationStart(flow, reason)
            : new ConversationStart(null, reason) { Ref = string.IsNullOrWhiteSpace(name) ? null : name.Trim() };

    private static string? FlowNamed(string? name) =>
        name is null ? null : Flows.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string? Field(object? value, string name)
    {
        var json = value is null or JToken ? value as JToken : JToken.FromObject(value);
        return json is JObject o && o[name] is JValue { Type: JTokenType.String } field ? field.ToString() : null;
    }
}
