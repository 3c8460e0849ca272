using Majordome.Cards.Boutiques;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Majordome.Dialogs.Analytics;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Conversations.Information;

/// <summary>
/// Answers a customer's question: a product they name gets its card, a boutique they name (or a question about
/// opening hours and addresses) gets location cards, anything else is looked up in the FAQ. An FAQ answer comes
/// with related questions and "did this help?", which is recorded. When nothing answers well enough the bot says
/// so plainly, records the question and offers another question, a person or the menu.
/// </summary>
public sealed class InformationDialog : ComponentDialog
{
    private const string Steps = "InformationSteps";
    private const string WhatNextSteps = "InformationWhatNext";
    private const string QuestionPrompt = "InformationQuestion";
    private const string FollowUpPrompt = "InformationFollowUp";
    private const string Helpful = "helpful";
    private const string NotHelpful = "notHelpful";
    private const string OtherQuestion = "otherQuestion";
    private const string Human = "human";
    private const string Menu = "menu";
    private const string EntryKey = "entry";
    private const string QuestionKey = "question";

    private readonly ConversationServices _services;
    private readonly BrandOptions _brand;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public InformationDialog(ConversationServices services, IOptions<BrandOptions> brand, Localizer? localizer = null)
        : base(nameof(InformationDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(brand);
        _services = services;
        _brand = brand.Value;
        _localizer = localizer ?? Localizer.Default;
        // The reports count its starts, completions and cancellations under this name.
        AnalyticsName = "information";
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, AnswerStepAsync, FollowUpStepAsync]));

        // After "not really": what next, with the question kept for the team should the customer ask for a person.
        AddDialog(new WaterfallDialog(WhatNextSteps, [AskWhatNextStepAsync, FollowUpStepAsync]));
        AddDialog(new TextPrompt(QuestionPrompt, localizer: _localizer));

        // Anything typed after an answer is accepted: a button, or a new question handled by the next step.
        AddDialog(new ChoicePrompt(FollowUpPrompt, (_, _) => Task.FromResult(true), _localizer));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<InformationOptions>();
        var question = options?.Question;
        if (!string.IsNullOrWhiteSpace(question) || options?.OrderNumber is not null)
        {
            return await step.NextAsync(question ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(QuestionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, options?.AskKey ?? "info.ask")),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.GetResult<string>() ?? string.Empty;
        var language = step.Language;
        step.Values.Set(QuestionKey, question);

        // The receipt's "Track my order" names its order: nothing to look up in what was typed.
        if (step.GetOptions<InformationOptions>()?.OrderNumber is { } tracked)
        {
            await ShowOrderAsync(step, tracked, cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.anythingElse", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        // "yes", "ok" or "hmm" asks nothing: looking it up would only find a confident wrong answer.
        if (Recognition.MessageContent.IsEmpty(question, language))
        {
            return await step.ReplaceDialogAsync(Steps, new InformationOptions(null, "info.noContent"), cancellationToken).ConfigureAwait(false);
        }

        if (OrderQuestion.FindNumber(question) is { } number)
        {
            await ShowOrderAsync(step, number, cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.anythingElse", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        var products = _services.Entities.FindProducts(question, language);
        if (products.Count > 0)
        {
            await ShowProductsAsync(step, products, cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.anythingElse", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        // "Which machine for milk?" is answered from the catalog's data, before the FAQ.
        var recommended = ProductQuestion.Find(question, _services.Catalog);
        if (recommended.Count > 0)
        {
            await ShowProductsAsync(step, recommended, cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.anythingElse", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        if (_services.Entities.FindBoutique(question, _brand.Name) is { } boutique)
        {
            await ShowBoutiquesAsync(step, [boutique], cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.anythingElse", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        if (EntityFinder.AsksAboutBoutiques(question))
        {
            await ShowBoutiquesAsync(step, _services.Boutiques.Boutiques, cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.anythingElse", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        var match = _services.Knowledge.Match(question, language);
        if (match.Answer is { } answer)
        {
            step.Values.Set(EntryKey, answer.Entry.Id);
            var message = MessageFactory.Text(answer.Entry.Answer.In(language));
            if (answer.Related.Count > 0)
            {
                message.Attachments = [FaqSuggestionMessage.QuestionCard(answer.Related, language, _localizer.Get(language, "info.related"))];
            }

            await step.Context.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.helpful", withFeedback: true, cancellationToken).ConfigureAwait(false);
        }

        step.Context.Track(AnalyticsEvents.NotUnderstood);
        await _services.Feedback.RecordUnansweredAsync(CustomerKey.From(step.Context), question, language, cancellationToken).ConfigureAwait(false);

        // Close, but not close enough to answer without guessing: the customer picks the question they meant.
        if (match.Suggestions.Count > 0)
        {
            await step.Context.SendActivityAsync(FaqSuggestionMessage.Create(match.Suggestions, language, _localizer), cancellationToken).ConfigureAwait(false);
            return await AskFollowUpAsync(step, "info.whatNext", withFeedback: false, cancellationToken).ConfigureAwait(false);
        }

        await step.Context.SendActivityAsync(MessageFactory.Text(_localizer.Get(language, "info.unknown")), cancellationToken).ConfigureAwait(false);
        return await AskFollowUpAsync(step, "info.whatNext", withFeedback: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var customer = CustomerKey.From(step.Context);
        var question = step.Values.Get<string>(QuestionKey) ?? string.Empty;
        var entry = step.Values.Get<string>(EntryKey);
        switch (step.GetResult<FoundChoice>()?.Value)
        {
            case Helpful or NotHelpful when entry is not null:
                var helpful = step.GetResult<FoundChoice>()!.Value == Helpful;
                await _services.Feedback.RecordAnswerFeedbackAsync(customer, entry, question, language, helpful, cancellationToken).ConfigureAwait(false);
                if (!helpful)
                {
                    // The apology is the question ("sorry: rephrase, or talk to someone?"), said once, and its
                    // answer is read by the follow-up step of a waterfall of its own.
                    return await step.ReplaceDialogAsync(WhatNextSteps, question, cancellationToken).ConfigureAwait(false);
                }

                await SayAsync(step, "info.thanks", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case OtherQuestion:
                return await step.ReplaceDialogAsync(Steps, new InformationOptions(null), cancellationToken).ConfigureAwait(false);
            case Human:
                await _services.Handoff.RequestAsync(step.Context, question, cancellationToken).ConfigureAwait(false);
                await SayAsync(step, "info.humanRecorded", cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case Menu:
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case var _ when Purchase.CardSubmit.From(step.Context.Activity) is { } submit:
                // A card button (a product's "Add to cart"): the main dialog routes it to the shop.
                return await step.EndDialogAsync(submit, cancellationToken).ConfigureAwait(false);
            default:
                // Not one of the buttons: a related question was clicked, or a new question typed.
                var next = PromptInput.GetText(step.Context.Activity);
                return await step.ReplaceDialogAsync(Steps, new InformationOptions(next), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<DialogTurnResult> AskWhatNextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(QuestionKey, step.GetOptions<string>() ?? string.Empty);
        return AskFollowUpAsync(step, "info.sorry", withFeedback: false, cancellationToken);
    }

    private Task<DialogTurnResult> AskFollowUpAsync(WaterfallStepContext step, string textKey, bool withFeedback, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var choices = withFeedback
            ? new List<Choice> { Thanked(Helpful, "info.yes", language), Item(NotHelpful, "info.no", language) }
            : [Item(OtherQuestion, "info.otherQuestion", language), Item(Human, "info.human", language), Item(Menu, "info.menu", language)];
        return step.PromptAsync(FollowUpPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, textKey)),
            Choices = choices,

            // The question is answered: a new request simply starts, it is not asked to wait.
            IsFollowUp = true,

            // "Did this answer help?" is a yes/no question: "ok merci" or "pas vraiment" typed is its answer.
            IsYesNo = withFeedback,
        }, cancellationToken);
    }

    private Choice Item(string value, string titleKey, string language) => _localizer.Button(value, titleKey, language);

    // A bare thank-you after an answer means it helped; a confirmation does not read "merci" as a yes (at "shall I
    // book?" it says nothing), so the helpful choice takes it as a synonym.
    private Choice Thanked(string value, string titleKey, string language)
    {
        var choice = Item(value, titleKey, language);
        choice.Synonyms = ["merci", "merci beaucoup", "thanks", "thank you", "thanks a lot"];
        return choice;
    }

    /// <summary>The order's status card, only to the customer who placed it: anyone else is told it was not found.</summary>
    private async Task ShowOrderAsync(WaterfallStepContext step, long number, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var order = await _services.Orders.FindOrderAsync(number, CustomerKey.From(step.Context), cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_localizer.Get(language, "info.orderNotFound", new { number })), cancellationToken).ConfigureAwait(false);
            return;
        }

        var data = OrderQuestion.ToCardData(order, _services.Time.GetUtcNow());
        await step.Context.SendActivityAsync(CardMessage.Create(step.Context.Channel(), OrderStatusCard.Create(data, language), OrderStatusCard.ToText(data, language)), cancellationToken).ConfigureAwait(false);
    }

    private static Task ShowProductsAsync(WaterfallStepContext step, IReadOnlyList<Product> products, CancellationToken cancellationToken) =>
        step.Context.SendActivityAsync(ConversationMessages.Products(step.Context.Channel(), products, step.Language), cancellationToken);

    private async Task ShowBoutiquesAsync(WaterfallStepContext step, IReadOnlyList<Boutique> boutiques, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var now = _services.Time.GetUtcNow();
        var cards = boutiques.Select(b => CardData.For(b, now)).ToList();
        var text = string.Join("\n\n", cards.Select(c => LocationCard.ToText(c, language)));
        // The text is the cards' alternative for channels that cannot show them, not a copy above them.
        var message = CardMessage.Carousel(step.Context.Channel(), cards.Select(c => LocationCard.Create(c, language)).ToList(), text);
        await step.Context.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private Task SayAsync(DialogContext dc, string key, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, null, cancellationToken);
}
