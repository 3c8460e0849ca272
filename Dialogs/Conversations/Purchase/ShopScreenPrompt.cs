using Majordome.Cards;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// The question of a shop screen (categories, a page of products, the cart). Besides its buttons it recognizes, as
/// answers, a product of the catalogue named in a sentence ("the piccola latte", "2 of velours") and the checkout's
/// button titles typed ("pick up in a boutique"): both are about this shop, so they are never taken for a switch to
/// another flow.
/// </summary>
public sealed class ShopScreenPrompt : ChoicePrompt
{
    /// <summary>The value of a typed answer that names products: the screen reads the sentence itself.</summary>
    public const string NamedProducts = "namedProducts";

    private readonly ProductMentionReader _items;

    /// <summary>Creates the prompt.</summary>
    public ShopScreenPrompt(string dialogId, ProductMentionReader items, PromptValidator<FoundChoice>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
    }

    /// <inheritdoc />
    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = await base.OnRecognizeAsync(turnContext, state, options, cancellationToken).ConfigureAwait(false);
        if (found.Succeeded)
        {
            return found;
        }

        var text = PromptInput.GetText(turnContext.Activity);
        if (CheckoutWords.Match(text, Localizer))
        {
            return PromptRecognizerResult<FoundChoice>.Success(new FoundChoice(CardActions.Checkout, -1, 1, text));
        }

        return _items.Read(text, turnContext.GetLanguage()).Count > 0
            ? PromptRecognizerResult<FoundChoice>.Success(new FoundChoice(NamedProducts, -1, 1, text))
            : found;
    }
}
