using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Conversations.Booking;
using Majordome.Dialogs.Conversations.Information;
using Majordome.Dialogs.Conversations.Purchase;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// The main dialog's routing of understood sentences: a confident intent starts its flow with the entities the
/// sentence gave, two close intents get a "did you mean…?" with a button each, and a confirmed switch from
/// another flow starts the flow asked for.
/// </summary>
public sealed partial class MainDialog
{
    /// <summary>Which flow each of the main dialog's flows is, by dialog id (used to name the flow an interruption leaves).</summary>
    public static IReadOnlyDictionary<string, string> FlowIntents { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(BookingDialog)] = Intents.Book,
        [nameof(PurchaseDialog)] = Intents.Shop,
        [nameof(MyBookingsDialog)] = Intents.MyBookings,
        [nameof(InformationDialog)] = Intents.Information,
    };

    private const string UnderstoodWaterfall = "MainUnderstood";
    private const string DisambiguationWaterfall = "MainDisambiguation";
    private const string DisambiguationPrompt = "MainDisambiguationPrompt";
    private const string Neither = "neither";

    /// <summary>Understands a typed sentence; null for clicks, clear menu choices, or without a recognizer.</summary>
    private async Task<UnderstandingResult?> UnderstandAsync(WaterfallStepContext step, FoundChoice? choice, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var text = PromptInput.GetText(activity);
        if (_recognizer is null || activity.Value is not null || string.IsNullOrWhiteSpace(text) || choice is { Score: >= 0.95 })
        {
            return null;
        }

        return await _recognizer.RecognizeAsync(new UnderstandingRequest(text, step.Language, activity.ChannelId, step.Context.GetTimeZone()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The flow a conversation's first message clearly asks for, as switch options; null otherwise.</summary>
    private async Task<RootDialogOptions?> UnderstandFirstMessageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var text = PromptInput.GetText(activity);
        // One word is enough ("réservation", "booking"), but not a command ("English", "menu") the policies handled.
        if (_recognizer is null || activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message || activity.Value is not null
            || Recognition.TextNormalizer.Tokenize(text).Length == 0 || Recognition.GlobalCommandRecognizer.Recognize(text) is not null)
        {
            return null;
        }

        // Small talk ("je parle à un robot ?") has had its reply; it asks for no flow, whatever words it shares
        // with one ("talk to a human").
        if (Recognition.SmallTalkRecognizer.Recognize(text) is not null)
        {
            return null;
        }

        // Nor does a message with nothing in it to act on ("ok et alors ?"): the classifier always leans somewhere,
        // and opening the shop on a shrug would be a guess; the welcome and the menu answer it.
        if (Recognition.MessageContent.IsEmpty(text, step.Language))
        {
            return null;
        }

        var understood = await _recognizer.RecognizeAsync(new UnderstandingRequest(text, step.Language, activity.ChannelId, step.Context.GetTimeZone()), cancellationToken).ConfigureAwait(false);
        if (understood.Decision.Intent is { } intent)
        {
            return new RootDialogOptions(RootDialogReason.Switch, intent, text);
        }

        // "je voudrais un sac de recyclage et 5 étuis de granit": products of the catalogue with how many of them is an
        // order, whatever the classifier hesitated on.
        if (understood.Entities.Items.Any(i => i.Quantity is not null) && !Recognition.MessageContent.IsQuestion(text))
        {
            return new RootDialogOptions(RootDialogReason.Switch, Intents.Shop, text);
        }

        // A first message that asks a question no flow clearly claims ("comment j'ai ma facture ?", "mes points
        // expirent ?") is answered, as the same question typed at the menu would be, instead of being dropped for the
        // menu; a question the recognizer hesitates on is one for the information flow when that is a candidate.
        var question = text!.Contains('?', StringComparison.Ordinal) && !Recognition.MessageContent.IsEmpty(text, step.Language);
        var unclaimed = understood.Decision.Kind == IntentDecisionKind.OutOfScope
            || (understood.Decision.Kind == IntentDecisionKind.Ambiguous && understood.Decision.Candidates.Contains(Intents.Information));
        return question && unclaimed ? new RootDialogOptions(RootDialogReason.Switch, Intents.Information, text) : null;
    }

    /// <summary>Starts the flow of <paramref name="intent"/> with what <paramref name="text"/> already says.</summary>
    private async Task<DialogTurnResult> StartIntentAsync(WaterfallStepContext step, string intent, string text, UnderstoodEntities entities, CancellationToken cancellationToken)
    {
        step.Context.Track(AnalyticsEvents.Intent, intent);
        switch (intent)
        {
            case Intents.Book:
                // Every part of when that was said is passed on: a day alone or a time alone is kept too.
                var wish = BookingWish.From(entities.Moments, text);
                return await step.BeginDialogAsync(nameof(BookingDialog), BookingOptions.From(entities.Boutique?.Id, entities.PartySize, wish), cancellationToken).ConfigureAwait(false);
            case Intents.Shop:
                // Every item said goes in, each with its own quantity: "2 sleeves of cascade and a descaling kit".
                var view = entities.Items.Count > 0
                    ? new PurchaseView(PurchaseScreen.Cart, Items: PurchaseItem.From(entities.Items))
                    : entities.Products.Count > 0
                    ? new PurchaseView(PurchaseScreen.Cart, AddSku: entities.Products[0].Sku, SaidQuantity: entities.Quantity is null ? null : text)
                    : entities.Category is { } category ? new PurchaseView(PurchaseScreen.Browse, category)
                    : MentionsCart(text) ? new PurchaseView(PurchaseScreen.Cart) : new PurchaseView(PurchaseScreen.Categories);
                return await step.BeginDialogAsync(nameof(PurchaseDialog), view, cancellationToken).ConfigureAwait(false);
            case Intents.MyBookings:
                // "Annuler ma réservation" goes straight to cancelling it (confirmed first), not to a list to read.
                return await step.BeginDialogAsync(nameof(MyBookingsDialog), MyBookingsOptions.From(text), cancellationToken).ConfigureAwait(false);
            case Intents.Human:
                return await HandOverAsync(step, null, cancellationToken).ConfigureAwait(false);
            case TeamIntents.Away:
                // Asked for in the middle of a task outside the team's hours (the request is already recorded).
                return await step.BeginDialogAsync(nameof(Team.TeamContactDialog), new Team.TeamContactOptions(_services.TeamHours?.Now() ?? TeamAvailability.Open(_services.Time.GetUtcNow())), cancellationToken).ConfigureAwait(false);
            case TeamIntents.Late:
                // The host's late notice: nobody took the request in time; the customer may leave a way to reach them.
                var availability = _services.TeamHours?.Now() ?? TeamAvailability.Open(_services.Time.GetUtcNow());
                return await step.BeginDialogAsync(nameof(Team.TeamContactDialog), new Team.TeamContactOptions(availability, Late: true), cancellationToken).ConfigureAwait(false);
            case Intents.MyData or Intents.EraseMyData:
                var kind = intent == Intents.MyData ? Recognition.PrivacyRequestKind.SeeMyData : Recognition.PrivacyRequestKind.EraseMyData;
                return await step.BeginDialogAsync(nameof(Privacy.PrivacyDialog), new Privacy.PrivacyOptions(kind), cancellationToken).ConfigureAwait(false);
            case var flowId when _flows.Find(flowId) is { } flow:
                return await step.BeginDialogAsync(FlowDialog.DialogIdOf(flow.Id), null, cancellationToken).ConfigureAwait(false);
            default:
                // Questions, orders ("où en est ma commande 1042 ?") and anything else: the information flow
                // answers from the order store, the boutiques, the FAQ, or says plainly it does not know.
                return await step.BeginDialogAsync(nameof(InformationDialog), new InformationOptions(text), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// As the "human" command does: recorded for the team (with <paramref name="reason"/>), the customer told honestly,
    /// then the menu. Outside the team's hours the customer is told when it will answer and offered to leave a way to
    /// reach them (<see cref="Team.TeamContactDialog"/>), then the menu.
    /// </summary>
    private async Task<DialogTurnResult> HandOverAsync(WaterfallStepContext step, string? reason, CancellationToken cancellationToken)
    {
        await _services.Handoff.RequestAsync(step.Context, reason, cancellationToken).ConfigureAwait(false);
        if (_services.TeamHours?.Now() is { IsOpen: false } away)
        {
            return await step.BeginDialogAsync(nameof(Team.TeamContactDialog), new Team.TeamContactOptions(away), cancellationToken).ConfigureAwait(false);
        }

        await step.SayAsync(_localizer, "human.requested", null, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Menu), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Mon panier", "show my cart": the cart (or "your cart is empty"), not the catalogue's categories.</summary>
    private static bool MentionsCart(string? text) =>
        Recognition.TextNormalizer.Tokenize(text).Any(w => w is "panier" or "cart" or "basket");

    private async Task<DialogTurnResult> StartUnderstoodStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<RootDialogOptions>()!;
        var text = options.Utterance ?? string.Empty;
        var entities = await EntitiesAsync(step, text, cancellationToken).ConfigureAwait(false);
        return await StartIntentAsync(step, options.Intent!, text, entities, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWhichStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<Disambiguation>()!;
        var language = step.Language;
        // A declarative flow has no localized string of its own: its button shows the title its file gives.
        var choices = options.Intents.Select(i => _flows.Find(i) is { } flow
            ? new Choice(i) { Action = new Microsoft.Bot.Schema.CardAction(Microsoft.Bot.Schema.ActionTypes.ImBack, flow.Title.In(language), value: flow.Title.In(language)) }
            : _localizer.Button(i, "intent." + i, language)).ToList();
        choices.Add(_localizer.Button(Neither, "understanding.neither", language));
        return await step.PromptAsync(DisambiguationPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, "understanding.didYouMean")),
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StartChosenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<Disambiguation>()!;
        var chosen = step.GetResult<FoundChoice>()?.Value ?? Neither;
        var entities = await EntitiesAsync(step, options.Text, cancellationToken).ConfigureAwait(false);
        return await StartIntentAsync(step, chosen == Neither ? Intents.Information : chosen, options.Text, entities, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UnderstoodEntities> EntitiesAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken) =>
        _recognizer is null
            ? UnderstoodEntities.Empty
            : (await _recognizer.RecognizeAsync(new UnderstandingRequest(text, step.Language, step.Context.Activity.ChannelId, step.Context.GetTimeZone()), cancellationToken).ConfigureAwait(false)).Entities;

    /// <summary>The sentence that was too close to call, and the two flows offered.</summary>
    /// <param name="Text">The customer's sentence.</param>
    /// <param name="Intents">The flows offered, best first.</param>
    private sealed record Disambiguation(string Text, string[] Intents);
}
