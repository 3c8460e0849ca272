using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// Asks how many of a product: "3", "trois", "3 étuis", "30 capsules". It remembers what it last offered, so that
/// after "would 20 or 30 capsules suit you?" a bare "30" is 30 capsules (3 sleeves), not 30 sleeves. Whether the
/// quantity is allowed is the validator's call.
/// </summary>
public sealed class QuantityPrompt : Prompt<RequestedQuantity>
{
    private const string OfferedKey = "offered";

    private readonly ICatalog _catalog;

    /// <summary>Creates the prompt.</summary>
    public QuantityPrompt(string dialogId, ICatalog catalog, PromptValidator<RequestedQuantity> validator, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.number.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.number.help";

    /// <summary>The prompt's options: <paramref name="prompt"/> asked about <paramref name="question"/>.</summary>
    public static PromptOptions Options(IMessageActivity prompt, QuantityQuestion question)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(question);
        return new PromptOptions { Prompt = (Activity)prompt, Validations = JsonValue.From(question) };
    }

    /// <summary>What the question is about.</summary>
    public static QuantityQuestion? Question(PromptOptions options) => JsonValue.To<QuantityQuestion>(options?.Validations);

    /// <summary>Remembers the quantities a refusal just offered, so the next answer is read in their unit.</summary>
    public static void Offer(JObject state, IReadOnlyList<RequestedQuantity> offered)
    {
        ArgumentNullException.ThrowIfNull(state);
        state[OfferedKey] = JsonValue.From(offered ?? []);
    }

    /// <summary>
    /// The checkout's button titles typed here ("pick up in a boutique", "check out") are about this order: possibly an
    /// answer, so never taken for a switch to another flow; the question is asked again, with its example.
    /// </summary>
    public override async Task<AnswerMatch> RecognizeAnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var match = await base.RecognizeAnswerAsync(dc, instance, cancellationToken).ConfigureAwait(false);
        return match == AnswerMatch.None && CheckoutWords.Match(PromptInput.GetText(dc.Context.Activity), Localizer) ? AnswerMatch.Possible : match;
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<RequestedQuantity>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        if (Question(options) is not { } question || _catalog.FindBySku(question.Sku) is not { } product)
        {
            return Task.FromResult(PromptRecognizerResult<RequestedQuantity>.Failure());
        }

        var offered = JsonValue.To<List<RequestedQuantity>>(state[OfferedKey]) ?? question.Offered;
        var requested = QuantityParser.ParseAnswer(PromptInput.GetText(turnContext.Activity), turnContext.GetLanguage(), product, offered);
        return Task.FromResult(requested is null
            ? PromptRecognizerResult<RequestedQuantity>.Failure()
            : PromptRecognizerResult<RequestedQuantity>.Success(requested));
    }
}
