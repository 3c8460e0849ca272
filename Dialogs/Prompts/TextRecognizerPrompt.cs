using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>The base of prompts whose answer is a string read from the text (free text, an email, a phone number).</summary>
public abstract class TextRecognizerPrompt : Prompt<string>
{
    /// <summary>Creates the prompt.</summary>
    protected TextRecognizerPrompt(string dialogId, PromptValidator<string>? validator, Localizer? localizer)
        : base(dialogId, validator, localizer)
    {
    }

    /// <summary>The value found in the answer's text, or null when it has none.</summary>
    protected abstract string? Recognize(string? text);

    /// <inheritdoc />
    protected sealed override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = Recognize(PromptInput.GetText(turnContext.Activity));
        return Task.FromResult(value is null ? PromptRecognizerResult<string>.Failure() : PromptRecognizerResult<string>.Success(value));
    }
}
