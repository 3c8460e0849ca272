using Majordome.Cards;
using Majordome.Cards.Localization;
using Majordome.Cards.Orders;
using Majordome.Cards.Products;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// The shop: categories, a carousel of products ten at a time with "more", product cards, quantities checked
/// against the brand's rules and the live stock, and a cart kept in user state across sessions, with quantity
/// changes, removal and checkout. Every screen accepts both card buttons and typed answers.
/// </summary>
public sealed class PurchaseDialog : ComponentDialog
{
    /// <summary>Products per carousel page (Messenger's generic template holds ten).</summary>
    public const int PageSize = 10;

    private const string Steps = "PurchaseSteps";
    private const string QuantitySteps = "PurchaseQuantity";
    private const string ScreenPrompt = "PurchaseScreen";
    private const string QuantityPrompt = "PurchaseQuantityPrompt";
    private const string More = "more";
    private const string ShowCart = "cart";
    private const string Categories = "categories";
    private const string ViewKey = "view";
    private const string AddingKey = "adding";

    private readonly ConversationServices _services;
    private readonly CartAccessor _carts;
    private readonly Localizer _localizer;

    /// <summary>Creates the dialog.</summary>
    public PurchaseDialog(ConversationServices services, CartAccessor carts, Localizer? localizer = null)
        : base(nameof(PurchaseDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(carts);
        _services = services;
        _carts = carts;
        _localizer = localizer ?? Localizer.Default;
        // The reports count its starts, completions and cancellations under this name.
        AnalyticsName = "shop";
        AddDialog(new WaterfallDialog(Steps, [ShowStepAsync, HandleStepAsync, AfterChildStepAsync]));
        AddDialog(new WaterfallDialog(QuantitySteps, [AskQuantityStepAsync, AddToCartStepAsync]));

        // Screens accept anything: their buttons, card buttons, or a product's name.
        AddDialog(new ChoicePrompt(ScreenPrompt, (_, _) => Task.FromResult(true), _localizer) { Style = ListStyle.Auto });
        AddDialog(new TextPrompt(QuantityPrompt, ValidateQuantityAsync, _localizer));
        AddDialog(new CheckoutDialog(services, carts, _localizer));
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var view = step.GetOptions<PurchaseView>() ?? new PurchaseView(PurchaseScreen.Categories);
        step.Values.Set(ViewKey, view);
        if (view.AddSku is { } addSku)
        {
            step.Values.Set(AddingKey, true);
            return await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(addSku, view.SaidQuantity), cancellationToken).ConfigureAwait(false);
        }

        var language = step.Language;
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        switch (view.Screen)
        {
            case PurchaseScreen.Browse when view.Category is { } category:
                var products = _services.Catalog.InCategory(category);
                var page = products.Skip(view.Page * PageSize).Take(PageSize).Select(p => CardData.For(p, language)).ToList();
                await step.Context.SendActivityAsync(CardMessage.Carousel(step.Context.Activity.ChannelId, ProductCarousel.Create(page, language), ProductCarousel.ToText(page, language)), cancellationToken).ConfigureAwait(false);
                var choices = new List<Choice>();
                if ((view.Page + 1) * PageSize < products.Count)
                {
                    choices.Add(Item(More, "shop.more", language));
                }

                choices.Add(Item(ShowCart, "shop.cart", language));
                choices.Add(Item(Categories, "shop.categories", language));
                return await AskAsync(step, "shop.pick", choices, cancellationToken).ConfigureAwait(false);

            case PurchaseScreen.Cart:
                var priced = CartPricing.Price(cart, _services.Catalog, _services.Settings, DeliveryMode.Home);
                if (priced.IsEmpty)
                {
                    return await AskAsync(step, "shop.cartEmpty", CategoryChoices(language), cancellationToken).ConfigureAwait(false);
                }

                var data = CartMessages.ToCardData(priced, language);
                var freeDelivery = priced.AmountToFreeDelivery > 0
                    ? _localizer.Get(language, "shop.freeDeliveryFrom", new { amount = Price(priced.AmountToFreeDelivery, language) })
                    : null;
                await step.Context.SendActivityAsync(CardMessage.Create(step.Context.Activity.ChannelId, CartCard.Create(data, language), CartCard.ToText(data, language), freeDelivery), cancellationToken).ConfigureAwait(false);
                return await AskAsync(step, "shop.cartNext", [Item(CardActions.Checkout, "shop.checkout", language), Item(Categories, "shop.continue", language)], cancellationToken).ConfigureAwait(false);

            default:
                var categories = CategoryChoices(language);
                if (!cart.IsEmpty)
                {
                    categories.Add(Item(ShowCart, "shop.cart", language));
                }

                return await AskAsync(step, "shop.whichCategory", categories, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> HandleStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var view = step.Values.Get<PurchaseView>(ViewKey) ?? new PurchaseView(PurchaseScreen.Categories);
        if (step.Values.Get<bool>(AddingKey))
        {
            return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
        }

        var submit = CardSubmit.From(step.Context.Activity);
        var choice = step.GetResult<FoundChoice>()?.Value;
        var action = submit?.Action ?? choice;
        var sku = submit?.Get("sku");
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);

        switch (action)
        {
            case CardActions.AddToCart when sku is not null:
                return await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(sku), cancellationToken).ConfigureAwait(false);
            case CardActions.ShowProduct or CardActions.ShowSimilar when _services.Catalog.FindBySku(sku ?? string.Empty) is { } product:
                var shown = action == CardActions.ShowSimilar ? product.Similar.Select(_services.Catalog.FindBySku).OfType<Product>().ToList() : [product];
                await ShowProductsAsync(step, shown.Count > 0 ? shown : [product], cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, view, cancellationToken).ConfigureAwait(false);
            case CardActions.SetQuantity when sku is not null && int.TryParse(submit!.Get("quantity"), out var quantity):
                cart.SetQuantity(sku, Math.Clamp(quantity, 0, _services.Settings.MaxQuantityPerLine));
                await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            case CardActions.RemoveLine when sku is not null:
                cart.Remove(sku);
                await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            case CardActions.Checkout when !cart.IsEmpty:
                return await step.BeginDialogAsync(nameof(CheckoutDialog), null, cancellationToken).ConfigureAwait(false);
            case CardActions.Checkout or ShowCart:
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);
            case CardActions.ContinueShopping or Categories:
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Categories), cancellationToken).ConfigureAwait(false);
            case More:
                return await step.ReplaceDialogAsync(Steps, view with { Page = view.Page + 1 }, cancellationToken).ConfigureAwait(false);
            case { } value when Enum.TryParse<ProductCategory>(value, ignoreCase: true, out var category):
                return await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Browse, category), cancellationToken).ConfigureAwait(false);
        }

        // Typed text: a product's name goes straight to its card and quantity.
        var named = _services.Entities.FindProducts(PromptInput.GetText(step.Context.Activity), step.Language);
        if (named.Count > 0)
        {
            await ShowProductsAsync(step, [named[0]], cancellationToken).ConfigureAwait(false);
            return await step.BeginDialogAsync(QuantitySteps, new QuantityAsk(named[0].Sku), cancellationToken).ConfigureAwait(false);
        }

        await SayAsync(step, "shop.notUnderstood", null, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Steps, view, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a quantity or a checkout: an order placed ends the shop; anything else shows the cart.</summary>
    private async Task<DialogTurnResult> AfterChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetResult<string>() == CheckoutDialog.OrderPlaced
            ? await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.ReplaceDialogAsync(Steps, new PurchaseView(PurchaseScreen.Cart), cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AskQuantityStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        var ask = step.GetOptions<QuantityAsk>();
        if (ask is null || _services.Catalog.FindBySku(ask.Sku) is not { } product)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (await _services.Orders.GetStockAsync(product.Sku, cancellationToken).ConfigureAwait(false) == 0)
        {
            var alternatives = await SimilarProducts.InStockAsync(product, _services.Catalog, _services.Orders, cancellationToken).ConfigureAwait(false);
            await SayAsync(step, alternatives.Count > 0 ? "shop.outOfStockAlternatives" : "shop.outOfStock", new { name = product.Name.In(language) }, cancellationToken).ConfigureAwait(false);
            if (alternatives.Count > 0)
            {
                await ShowProductsAsync(step, alternatives, cancellationToken).ConfigureAwait(false);
            }

            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("sku", product.Sku);

        // "2 boîtes d'arpegio" at the menu: the quantity was said; asked only if the rules refuse it.
        if (ask.Said is { } said)
        {
            var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
            if (await CheckAsync(step.Context, product, said, cart, cancellationToken).ConfigureAwait(false) is { IsOk: true })
            {
                return await step.NextAsync(said, cancellationToken).ConfigureAwait(false);
            }
        }

        var question = product.Capsule is not null ? "shop.howManySleeves" : "shop.howMany";
        return await step.PromptAsync(QuantityPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, question, new { name = product.Name.In(language) })),
            Validations = new Newtonsoft.Json.Linq.JValue(product.Sku),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AddToCartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var product = _services.Catalog.FindBySku(step.Values.Get<string>("sku")!)!;
        var cart = await _carts.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var check = await CheckAsync(step.Context, product, step.GetResult<string>(), cart, cancellationToken).ConfigureAwait(false);
        cart.Add(product.Sku, check!.Units);
        await _carts.SetAsync(step.Context, cart, cancellationToken).ConfigureAwait(false);
        await SayAsync(step, "shop.added", new { quantity = check.Units, name = product.Name.In(step.Language) }, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Accepts a quantity the rules allow; otherwise says exactly why, with what would be accepted.</summary>
    private async Task<bool> ValidateQuantityAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var sku = prompt.Options.Validations?.ToString();
        if (sku is null || _services.Catalog.FindBySku(sku) is not { } product)
        {
            return false;
        }

        var cart = await _carts.GetAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        var check = await CheckAsync(prompt.Context, product, prompt.Recognized.Value, cart, cancellationToken).ConfigureAwait(false);
        if (check is { IsOk: true })
        {
            return true;
        }

        var language = prompt.Context.GetLanguage();
        var suggestions = string.Join($" {_localizer.Get(language, "choice.or")} ", check?.Suggestions.Select(s => s.Count) ?? []);
        var key = check?.Reason switch
        {
            null => "shop.quantityNotUnderstood",
            QuantityReason.NotPositive => "shop.quantityNotPositive",
            QuantityReason.NotAMultipleOfSleeve => "shop.quantitySleeves",
            QuantityReason.AboveMaxPerLine => "shop.quantityMax",
            QuantityReason.OutOfStock => "shop.outOfStock",
            _ => "shop.quantityStock",
        };
        await prompt.Context.SendActivityAsync(MessageFactory.Text(_localizer.Get(language, key, new
        {
            suggestions,
            max = _services.Settings.MaxQuantityPerLine,
            name = product.Name.In(language),
        })), cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task<QuantityCheck?> CheckAsync(ITurnContext turnContext, Product product, string? text, Cart cart, CancellationToken cancellationToken)
    {
        var requested = QuantityParser.Parse(text, turnContext.GetLanguage(), product);
        return requested is null
            ? null
            : await QuantityRules.CheckAsync(product, requested, _services.Settings, cart.QuantityOf(product.Sku), _services.Catalog, _services.Orders, cancellationToken).ConfigureAwait(false);
    }

    private static Task ShowProductsAsync(DialogContext dc, IReadOnlyList<Product> products, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(ConversationMessages.Products(dc.Context.Activity.ChannelId, products, dc.Language), cancellationToken);

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string textKey, List<Choice> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(ScreenPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(step.Language, textKey)),
            Choices = choices,
        }, cancellationToken);

    private List<Choice> CategoryChoices(string language) =>
    [
        Item(nameof(ProductCategory.Capsules), "shop.category.capsules", language),
        Item(nameof(ProductCategory.Machines), "shop.category.machines", language),
        Item(nameof(ProductCategory.Accessories), "shop.category.accessories", language),
    ];

    private Choice Item(string value, string titleKey, string language) => _localizer.Button(value, titleKey, language);

    private static string Price(decimal amount, string language) => CardFormat.Euros(amount, language);

    private Task SayAsync(DialogContext dc, string key, object? args, CancellationToken cancellationToken) => dc.SayAsync(_localizer, key, args, cancellationToken);
}

/// <summary>The quantity step's options: the product, and what the customer already said about how many.</summary>
/// <param name="Sku">The product.</param>
/// <param name="Said">A message that may say the quantity, or null to ask.</param>
internal sealed record QuantityAsk(string Sku, string? Said = null);
