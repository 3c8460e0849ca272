using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Anticipation.Bookings;
using Majordome.Dialogs.Anticipation.Reorder;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Conversations.Booking;
using Majordome.Dialogs.Conversations.Information;
using Majordome.Dialogs.Conversations.Purchase;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// The root of every conversation: greets the customer, offers the main menu (information, shop, book, and the
/// other language), routes the choice (anything else typed is a question for the information flow, "my
/// bookings" opens the customer's bookings, a card button clicked later opens the flow it belongs to) and comes
/// back to the menu when a flow ends.
/// </summary>
public sealed partial class MainDialog : ComponentDialog
{
    /// <summary>The stable values of the menu's choices (titles are localized).</summary>
    public static class MenuChoices
    {
        /// <summary>Questions about the brand.</summary>
        public const string Information = "information";

        /// <summary>Buying products.</summary>
        public const string Shop = "shop";

        /// <summary>Booking a tasting table.</summary>
        public const string Book = "book";

        /// <summary>Switching to the other language.</summary>
        public const string Language = "language";
    }

    private const string MenuWaterfall = "MainMenu";
    private const string MenuPrompt = "MainMenuPrompt";
    private const string FlowBookingWaterfall = "MainFlowBooking";
    private const string CardWaterfall = "MainCard";

    private readonly BrandOptions _brand;
    private readonly UserProfileAccessor _profiles;
    private readonly Localizer _localizer;
    private readonly ConversationServices _services;
    private readonly IIntentRecognizer? _recognizer;
    private readonly FlowCatalogSource _flowSource;

    /// <summary>Creates the main dialog.</summary>
    /// <param name="brand">The brand's name and options.</param>
    /// <param name="profiles">The customers' profiles (language).</param>
    /// <param name="services">What the flows need from the outside world.</param>
    /// <param name="carts">The customers' carts.</param>
    /// <param name="localizer">The customer-facing strings.</param>
    /// <param name="recognizer">Understands free text at the menu; without one, menu keywords and the FAQ serve.</param>
    /// <param name="flows">The marketer's declarative flows (brand/flows), each started by its triggers; none when null.</param>
    /// <param name="flowSource">The flows as they change while the bot runs (hot reload); when given, it is read at each turn instead of <paramref name="flows"/>.</param>
    /// <param name="flowServices">The actions the flows' action steps call and the catalog their cards show; none when null.</param>
    public MainDialog(IOptions<BrandOptions> brand, UserProfileAccessor profiles, ConversationServices services, CartAccessor carts, Localizer? localizer = null, IIntentRecognizer? recognizer = null, FlowCatalog? flows = null, FlowCatalogSource? flowSource = null, FlowServices? flowServices = null)
        : base(nameof(MainDialog))
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(services);
        _brand = brand.Value;
        _profiles = profiles;
        _services = services;
        _recognizer = recognizer;
        _localizer = localizer ?? Localizer.Default;
        AddDialog(new WaterfallDialog(MenuWaterfall, [MenuStepAsync, RouteStepAsync, LoopStepAsync]));
        AddDialog(new WaterfallDialog(UnderstoodWaterfall, [StartUnderstoodStepAsync, LoopStepAsync]));
        AddDialog(new WaterfallDialog(DisambiguationWaterfall, [AskWhichStepAsync, StartChosenStepAsync, LoopStepAsync]));
        AddDialog(new ChoicePrompt(DisambiguationPrompt, localizer: _localizer));
        AddDialog(new WaterfallDialog(FlowBookingWaterfall, [StartFlowBookingStepAsync, LoopStepAsync]));
        AddDialog(new WaterfallDialog(CardWaterfall, [StartCardStepAsync, LoopStepAsync]));
        AddDialog(new WaterfallDialog(ResumeWaterfall, [AskResumeStepAsync, ResumeAnswerStepAsync]));
        AddDialog(new ChoicePrompt(ResumePrompt, localizer: _localizer));

        // Whatever the customer types at the menu is accepted: a choice, or a question for the information flow.
        AddDialog(new ChoicePrompt(MenuPrompt, KeepOnlyClearChoices, _localizer));
        AddDialog(new InformationDialog(services, brand, _localizer));
        AddDialog(new PurchaseDialog(services, carts, _localizer));
        AddDialog(new ReorderDialog(services, carts, _localizer));
        AddDialog(new BookingDialog(services, brand, _localizer));
        AddDialog(new MyBookingsDialog(services, brand, _localizer));
        AddDialog(new Team.TeamContactDialog(services.TeamContacts, _localizer, services.Time, _brand.Name));
        AddDialog(new Privacy.PrivacyDialog(services, _localizer));
        // A flow's dialog is found through the catalog serving at this turn, not added once: a flow file added,
        // edited or deleted while the bot runs is reachable, or gone, at the next message.
        _flowSource = flowSource ?? new FlowCatalogSource(flows);
        Dialogs.Resolver = new FlowDialogCache(_flowSource, _localizer, services.Time, flowServices).Resolve;
    }

    /// <summary>The declarative flows serving now.</summary>
    private FlowCatalog _flows => _flowSource.Current;

    /// <summary>
    /// A customer whose flow was deleted since their last message (a hot reload, or a restart without its file) is
    /// told so and brought back to the menu, rather than meeting an error.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.ActiveDialog is { } active && active.Id.StartsWith(FlowDialog.IdPrefix, StringComparison.Ordinal) && innerDc.FindDialog(active.Id) is null)
        {
            await SayAsync(innerDc, "flow.removed", cancellationToken).ConfigureAwait(false);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Menu), cancellationToken).ConfigureAwait(false);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> MenuStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var language = stepContext.Language;
        var options = stepContext.GetOptions<RootDialogOptions>();
        if (options is { Reason: RootDialogReason.Switch, Intent: not null })
        {
            return await stepContext.ReplaceDialogAsync(UnderstoodWaterfall, options, cancellationToken).ConfigureAwait(false);
        }

        var reason = options?.Reason ?? RootDialogReason.Welcome;
        if (reason == RootDialogReason.CardClick && CardSubmit.From(stepContext.Context.Activity) is { } clicked)
        {
            return await RouteCardAsync(stepContext, clicked, cancellationToken).ConfigureAwait(false);
        }

        // The other flow is over: the task the customer left for it is offered back before the menu.
        if (await TakeSuspendedTaskAsync(stepContext, reason, cancellationToken).ConfigureAwait(false) is { } suspended)
        {
            return await stepContext.ReplaceDialogAsync(ResumeWaterfall, suspended, cancellationToken).ConfigureAwait(false);
        }

        // A link's ref or a menu item naming a declarative flow (by its ref or its id) opens it as a built-in would.
        var declared = options?.Ref is { } reference ? (_flows.FindByRef(reference) ?? _flows.Find(reference))?.Id : null;
        if ((options?.Flow ?? declared) is { } flow)
        {
            // Started from a link or a menu item (see ConversationStart): greet a newcomer, then go straight there.
            if (reason == RootDialogReason.Welcome)
            {
                await stepContext.SayAsync(_localizer, "main.welcomeToFlow", new { brand = _brand.Name }, cancellationToken).ConfigureAwait(false);
            }

            return await stepContext.NextAsync(new FoundChoice(flow, 0, 1.0), cancellationToken).ConfigureAwait(false);
        }

        // An answer to a message the assistant wrote first (shown in the greeting): "La même chose" tapped or typed,
        // the tasting's feedback tapped or typed, "je le prends" after a back-in-stock message (words that answer a
        // message only when one was sent lately). Hello, then the route step answers it.
        if (reason == RootDialogReason.Welcome
            && (AnswersAReminder(stepContext.Context.Activity) || await AnswersATastingThanksAsync(stepContext, cancellationToken).ConfigureAwait(false)
                || await BackInStockAnswer.AnswersAsync(_services.Anticipation, CustomerKey.From(stepContext.Context), PromptInput.GetText(stepContext.Context.Activity), cancellationToken).ConfigureAwait(false)))
        {
            await stepContext.SayAsync(_localizer, "main.hello", new { brand = _brand.Name }, cancellationToken).ConfigureAwait(false);
            return await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A first message naming a marketer's flow by its keyword or payload ("une idée cadeau ?") gets a hello and
        // that flow, as the same message at the menu would.
        if (reason == RootDialogReason.Welcome && FindTriggeredFlow(stepContext.Context.Activity, null) is { } asked)
        {
            await stepContext.SayAsync(_localizer, "main.welcomeToFlow", new { brand = _brand.Name }, cancellationToken).ConfigureAwait(false);
            return await stepContext.NextAsync(new FoundChoice(asked.Id, 0, 1.0), cancellationToken).ConfigureAwait(false);
        }

        // A first message that clearly asks for a flow ("je voudrais réserver une table samedi") gets a hello and
        // that flow, not a menu to choose it from again.
        if (reason == RootDialogReason.Welcome && await UnderstandFirstMessageAsync(stepContext, cancellationToken).ConfigureAwait(false) is { } first)
        {
            await stepContext.SayAsync(_localizer, "main.hello", new { brand = _brand.Name }, cancellationToken).ConfigureAwait(false);
            return await stepContext.ReplaceDialogAsync(UnderstoodWaterfall, first, cancellationToken).ConfigureAwait(false);
        }
        var text = reason switch
        {
            RootDialogReason.Welcome => _localizer.Get(language, "main.welcome", new { brand = _brand.Name }),
            RootDialogReason.Completed => _localizer.Get(language, "main.anythingElse"),
            _ => _localizer.Get(language, "main.menu"),
        };

        return await stepContext.PromptAsync(MenuPrompt, new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Text(text),
            Reprompt = reason == RootDialogReason.Welcome ? (Activity)MessageFactory.Text(_localizer.Get(language, "main.menu")) : null,
            Choices = BuildMenu(language),

            // The menu is home: it keeps asking rather than giving up on a customer.
            MaxAttempts = 0,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var choice = stepContext.GetResult<FoundChoice>();
        var language = stepContext.Language;

        // Checked first: "mes réservations" would otherwise be read as the "book" entry.
        if (PromptInput.GetText(stepContext.Context.Activity) is { } typed && IsAboutMyBookings(typed))
        {
            return await stepContext.BeginDialogAsync(nameof(MyBookingsDialog), MyBookingsOptions.From(typed), cancellationToken).ConfigureAwait(false);
        }

        // The reorder reminder's button ("La même chose") or the same words typed: the last order again, at its summary.
        if (ReorderWords.AskForTheSameAgain(PromptInput.GetText(stepContext.Context.Activity)))
        {
            return await stepContext.BeginDialogAsync(nameof(ReorderDialog), null, cancellationToken).ConfigureAwait(false);
        }

        // The back-in-stock message's button ("Ajouter au panier") or "oui je le prends" typed: one of that product in
        // the cart, which is then shown ("make it 3" changes it there).
        if (BackInStockWords.TakesIt(PromptInput.GetText(stepContext.Context.Activity))
            && await BackInStockAnswer.FindSkuAsync(_services.Anticipation, CustomerKey.From(stepContext.Context), cancellationToken).ConfigureAwait(false) is { } backInStock)
        {
            return await stepContext.BeginDialogAsync(nameof(PurchaseDialog), new PurchaseView(PurchaseScreen.Cart, AddSku: backInStock, SaidQuantity: "1"), cancellationToken).ConfigureAwait(false);
        }

        // The tasting thanks' buttons carry their title as text too: read as the card they are, before understanding.
        if (CardSubmit.From(stepContext.Context.Activity) is { Action: BookingFeedback.Action } feedback)
        {
            return await RouteCardAsync(stepContext, feedback, cancellationToken).ConfigureAwait(false);
        }

        // The same answer typed ("c'était super !", "bof") after a tasting thanks of the last days: recorded as its answer.
        if (BookingFeedbackWords.Read(PromptInput.GetText(stepContext.Context.Activity)) is { } typedLiked
            && await BookingFeedbackAnswer.FindReferenceAsync(_services.Anticipation, CustomerKey.From(stepContext.Context), cancellationToken).ConfigureAwait(false) is { } tasted)
        {
            return await RecordBookingFeedbackAsync(stepContext, tasted, typedLiked, cancellationToken).ConfigureAwait(false);
        }

        // A marketer's flow: named by a link or a goto, its button's payload, or one of its keywords in a message
        // that is not a clear menu choice. Checked before understanding: a keyword is the marketer's explicit wish.
        if (FindTriggeredFlow(stepContext.Context.Activity, choice) is { } triggered)
        {
            return await stepContext.BeginDialogAsync(FlowDialog.DialogIdOf(triggered.Id), null, cancellationToken).ConfigureAwait(false);
        }

        // A sentence is understood before it is matched: "table pour 4 samedi à 15h" is the booking flow with
        // its party size and slot, not just the "book" entry. Clicks and short answers stay menu choices.
        var understood = await UnderstandAsync(stepContext, choice, cancellationToken).ConfigureAwait(false);
        if (understood is { Decision.Kind: IntentDecisionKind.Confident or IntentDecisionKind.Ambiguous } && choice?.Value != MenuChoices.Language)
        {
            var text = PromptInput.GetText(stepContext.Context.Activity)!;
            return understood.Decision.Kind == IntentDecisionKind.Confident
                ? await StartIntentAsync(stepContext, understood.Decision.Intent!, text, understood.Entities, cancellationToken).ConfigureAwait(false)
                : await stepContext.ReplaceDialogAsync(DisambiguationWaterfall, new Disambiguation(text, [.. understood.Decision.Candidates]), cancellationToken).ConfigureAwait(false);
        }

        switch (choice?.Value)
        {
            case MenuChoices.Language:
                var other = language == Languages.French ? Languages.English : Languages.French;
                var profile = await _profiles.GetAsync(stepContext.Context, cancellationToken).ConfigureAwait(false);
                LanguageResolver.Choose(profile, other);
                await _profiles.SetAsync(stepContext.Context, profile, cancellationToken).ConfigureAwait(false);
                stepContext.Context.SetLanguage(other);
                await SayAsync(stepContext, "language.switched", cancellationToken).ConfigureAwait(false);
                return await stepContext.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Menu), cancellationToken).ConfigureAwait(false);
            case MenuChoices.Shop:
                return await stepContext.BeginDialogAsync(nameof(PurchaseDialog), new PurchaseView(PurchaseScreen.Categories), cancellationToken).ConfigureAwait(false);
            case null when CardSubmit.From(stepContext.Context.Activity) is { } submit:
                return await RouteCardAsync(stepContext, submit, cancellationToken).ConfigureAwait(false);
            case MenuChoices.Book:
                return await stepContext.BeginDialogAsync(nameof(BookingDialog), new BookingOptions(), cancellationToken).ConfigureAwait(false);
            case MenuChoices.Information:
                return await stepContext.BeginDialogAsync(nameof(InformationDialog), new InformationOptions(null), cancellationToken).ConfigureAwait(false);
            default:
                // Not a menu choice: the customer asked something; the information flow answers it.
                var question = PromptInput.GetText(stepContext.Context.Activity);
                return await stepContext.BeginDialogAsync(nameof(InformationDialog), new InformationOptions(question), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        // A flow whose book action ends it: the booking flow, with what the flow already knows.
        if (stepContext.GetResult<FlowOutcome>() is { Booking: { } booking })
        {
            return await stepContext.ReplaceDialogAsync(FlowBookingWaterfall, booking, cancellationToken).ConfigureAwait(false);
        }

        // A flow that ends with "goto": the menu, or another flow started as a link would start it.
        if (stepContext.GetResult<FlowOutcome>() is { FlowGoto: { } target })
        {
            // The target was deleted while this customer was in the flow (its file keeps serving its last good
            // version until fixed): they are told, and are at the menu rather than somewhere unexpected.
            if (!FlowTargets.BuiltIn.Contains(target, StringComparer.OrdinalIgnoreCase) && _flows.Find(target) is null)
            {
                await stepContext.SayAsync(_localizer, "flow.removed", null, cancellationToken).ConfigureAwait(false);
                return await stepContext.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Menu), cancellationToken).ConfigureAwait(false);
            }

            var next = target == FlowTargets.Menu
                ? new RootDialogOptions(RootDialogReason.Menu)
                : new RootDialogOptions(RootDialogReason.Menu) { Flow = target };
            return await stepContext.ReplaceDialogAsync(MenuWaterfall, next, cancellationToken).ConfigureAwait(false);
        }

        return stepContext.GetResult<CardSubmit>() is { Action.Length: > 0 } submit
            ? await RouteCardAsync(stepContext, submit, cancellationToken).ConfigureAwait(false)
            : await stepContext.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Completed), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The booking a flow's book action asked for, prefilled; back to the menu's loop when it ends.</summary>
    private static Task<DialogTurnResult> StartFlowBookingStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.BeginDialogAsync(nameof(BookingDialog), stepContext.GetOptions<BookingOptions>() ?? new BookingOptions(), cancellationToken);

    /// <summary>The declarative flow the message or the chosen entry starts, or null.</summary>
    private FlowDefinition? FindTriggeredFlow(IActivity activity, FoundChoice? choice)
    {
        if (_flows.Flows.Count == 0)
        {
            return null;
        }

        if (_flows.Find(choice?.Value) is { } named)
        {
            return named;
        }

        var payload = JsonValue.From((activity as IMessageActivity)?.Value) switch
        {
            Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } posted => (string?)posted.Value,
            Newtonsoft.Json.Linq.JObject value => value.Value<string>("payload"),
            _ => null,
        };
        var text = PromptInput.GetText(activity);

        // A keyword is the marketer's wish, a booking named outright the customer's: "book a coffee tasting as a gift
        // for my dad" is a table, not the gift finder's "gift".
        return _flows.FindByPayload(payload) ?? _flows.FindByPayload(text)
            ?? (choice is { Score: >= 0.95 } || BookingCue.NamesABooking(text) ? null : _flows.FindByKeyword(text));
    }

    /// <summary>
    /// A card button clicked outside its flow (an old product card's "Add to cart", the receipt's "Track my order"):
    /// a waterfall of its own opens the flow it belongs to, so a card clicked in that flow in turn is routed too.
    /// </summary>
    private static Task<DialogTurnResult> RouteCardAsync(WaterfallStepContext stepContext, CardSubmit submit, CancellationToken cancellationToken) =>
        stepContext.ReplaceDialogAsync(CardWaterfall, submit, cancellationToken);

    /// <summary>Each card button does what its title says; one this dialog does not know shows the menu rather than the shop.</summary>
    private async Task<DialogTurnResult> StartCardStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var submit = stepContext.GetOptions<CardSubmit>()!;
        switch (submit.Action)
        {
            case Cards.CardActions.CancelBooking or Cards.CardActions.MoveBooking:
                return await stepContext.BeginDialogAsync(nameof(MyBookingsDialog), new MyBookingsOptions(submit.Action, submit.Get("reference")), cancellationToken).ConfigureAwait(false);
            case Cards.CardActions.BookTable:
                return await stepContext.BeginDialogAsync(nameof(BookingDialog), new BookingOptions(submit.Get("boutiqueId")), cancellationToken).ConfigureAwait(false);
            case Cards.CardActions.AddToCart:
                return await stepContext.BeginDialogAsync(nameof(PurchaseDialog), new PurchaseView(PurchaseScreen.Cart, AddSku: submit.Get("sku")), cancellationToken).ConfigureAwait(false);
            case Cards.CardActions.TrackOrder when long.TryParse(submit.Get("orderNumber"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number):
                // Looked up for this customer only: another customer's order number is "not found".
                return await stepContext.BeginDialogAsync(nameof(InformationDialog), new InformationOptions(null, OrderNumber: number), cancellationToken).ConfigureAwait(false);
            case BookingFeedback.Action when submit.Get("reference") is { Length: > 0 } reference:
                return await RecordBookingFeedbackAsync(stepContext, reference, submit.Data.Value<bool?>("liked") == true, cancellationToken).ConfigureAwait(false);
            case Cards.CardActions.TalkToHuman:
                var order = submit.Get("orderNumber");
                return await HandOverAsync(stepContext, string.IsNullOrEmpty(order) ? null : "order " + order, cancellationToken).ConfigureAwait(false);
            case Cards.CardActions.ShowProduct or Cards.CardActions.ShowSimilar or Cards.CardActions.SetQuantity or Cards.CardActions.RemoveLine
                or Cards.CardActions.Checkout or Cards.CardActions.ContinueShopping:
                return await stepContext.BeginDialogAsync(nameof(PurchaseDialog), new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            default:
                return await stepContext.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Menu), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A sentence that merely contains a word close to a menu entry ("où en est ma commande ?") is a question, not
    /// a choice: an entry is kept for a click, "3", "le troisième", a short answer, or a sentence that uses one of
    /// the entry's own words ("je voudrais réserver une table").
    /// </summary>
    private static Task<bool> KeepOnlyClearChoices(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var text = PromptInput.GetText(prompt.Context.Activity);
        var words = Recognition.TextNormalizer.Tokenize(text);
        if (prompt.Recognized.Value is { Score: < 0.95 } found && words.Length > 3)
        {
            var choice = prompt.Options.Choices?.FirstOrDefault(c => c.Value == found.Value);
            var ownWords = (choice?.Synonyms ?? []).Append(choice?.Title ?? string.Empty)
                .Select(w => Recognition.TextNormalizer.Tokenize(w))
                .Where(w => w.Length == 1);
            if (!ownWords.Any(w => words.Contains(w[0])))
            {
                prompt.Recognized.Value = null;
            }
        }

        return Task.FromResult(true);
    }

    /// <summary>
    /// The answer to a tasting thanks, tapped or typed, in the feedback log with the customer's own words; then the
    /// customer is thanked and the menu comes back.
    /// </summary>
    private async Task<DialogTurnResult> RecordBookingFeedbackAsync(WaterfallStepContext stepContext, string reference, bool liked, CancellationToken cancellationToken)
    {
        var words = PromptInput.GetText(stepContext.Context.Activity) ?? string.Empty;
        await _services.Feedback.RecordAnswerFeedbackAsync(CustomerKey.From(stepContext.Context), BookingFeedback.EntryOf(reference), words, stepContext.Language, liked, cancellationToken).ConfigureAwait(false);
        await stepContext.SayAsync(_localizer, liked ? "bookingThanks.recordedLiked" : "bookingThanks.recordedNotLiked", null, cancellationToken).ConfigureAwait(false);
        return await stepContext.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Completed), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Words answering a tasting thanks sent in the last days ("c'était super"); never a greeting ("good morning").</summary>
    private async Task<bool> AnswersATastingThanksAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        BookingFeedbackWords.Read(PromptInput.GetText(stepContext.Context.Activity)) is not null
        && await BookingFeedbackAnswer.FindReferenceAsync(_services.Anticipation, CustomerKey.From(stepContext.Context), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>A tap or words answering a reminder the assistant sent first (see Dialogs/Anticipation).</summary>
    private static bool AnswersAReminder(IActivity activity) =>
        ReorderWords.AskForTheSameAgain(PromptInput.GetText(activity)) || CardSubmit.From(activity) is { Action: BookingFeedback.Action };

    private static bool IsAboutMyBookings(string? text)
    {
        var normalized = " " + string.Join(' ', Recognition.TextNormalizer.Tokenize(text)) + " ";
        string[] phrases =
        [
            " mes reservations ", " ma reservation ", " my bookings ", " my booking ", " my reservations ", " my reservation ",
            " j ai une reservation ", " ai je une reservation ", " j ai reserve ", " mes tables ", " ma table est ",
            " do i have a booking ", " do i have a reservation ", " have i booked ", " did i book ", " have i got a booking ",
        ];
        return phrases.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }

    private List<Choice> BuildMenu(string language)
    {
        Choice Item(string value, string titleKey, params string[] synonyms)
        {
            var title = _localizer.Get(language, titleKey);
            return new Choice(value, synonyms) { Action = new CardAction(ActionTypes.ImBack, title, value: title) };
        }

        var languageTitle = _localizer.Get(language, "main.choice.language");

        // The marketer's flows placed in the menu (menu: in their files) join the built-in entries by their order.
        var flows = _flows.Flows.Where(f => f.Menu is { InMenu: true }).Select(f => (f.Menu!, f.Id, FlowMenuChoice.Of(f, language)));
        return
        [
            .. FlowPlacement.Merge(
            [
                (FlowPlacement.BuiltInOrders[MenuChoices.Information], Item(MenuChoices.Information, "main.choice.information", "info", "infos", "information", "informations", "question", "renseignement", "faq")),
                (FlowPlacement.BuiltInOrders[MenuChoices.Shop], Item(MenuChoices.Shop, "main.choice.shop", "acheter", "achat", "commander", "shop", "buy", "shopping", "purchase")),
                (FlowPlacement.BuiltInOrders[MenuChoices.Book], Item(MenuChoices.Book, "main.choice.book", "réserver", "réservation", "table", "dégustation", "book", "booking", "reserve", "reservation", "tasting")),
            ], flows),

            // The button sends the switch command, which the dialog manager handles in any step.
            new Choice(MenuChoices.Language, languageTitle)
            {
                Action = new CardAction(ActionTypes.ImBack, languageTitle, value: _localizer.Get(language, "main.choice.language.command")),
            },
        ];
    }

    private Task SayAsync(DialogContext dc, string key, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, null, cancellationToken);
}
