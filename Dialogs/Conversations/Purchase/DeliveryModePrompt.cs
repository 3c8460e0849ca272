using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// "How would you like to get your order?": a question that only shares a word with a choice ("how much is
/// delivery?", "combien coûte la livraison ?") is not an answer, so it is answered in place and the question asked
/// again; a choice typed as such ("Livraison à domicile", "pick up in a boutique?") still is.
/// </summary>
public sealed class DeliveryModePrompt : ChoicePrompt
{
    /// <summary>Creates the prompt.</summary>
    public DeliveryModePrompt(string dialogId, Localizer? localizer = null)
        : base(dialogId, localizer: localizer)
    {
    }

    /// <inheritdoc />
    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var found = await base.OnRecognizeAsync(turnContext, state, options, cancellationToken).ConfigureAwait(false);
        var text = PromptInput.GetText(turnContext.Activity);
        var typedAsIs = found.Value?.Synonym is { } synonym && TextNormalizer.Normalize(synonym) == TextNormalizer.Normalize(text);
        return found.Succeeded && turnContext.Activity.Value is null && !typedAsIs && MessageContent.IsQuestion(text)
            ? PromptRecognizerResult<FoundChoice>.Failure()
            : found;
    }
}
