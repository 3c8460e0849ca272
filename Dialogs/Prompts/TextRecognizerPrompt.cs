using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// The base of prompts whose answer is a string read from the text (free text, an email, a phone number). The text
/// is cleaned of control characters first (<see cref="CustomerText"/>), and an answer longer than
/// <see cref="MaxLength"/> is asked again with the limit, in the customer's language.
/// </summary>
public abstract class TextRecognizerPrompt : Prompt<string>
{
    /// <summary>The longest answer a text prompt takes when it does not say otherwise.</summary>
    public const int DefaultMaxLength = 1000;

    /// <summary>Creates the prompt.</summary>
    protected TextRecognizerPrompt(string dialogId, PromptValidator<string>? validator, Localizer? localizer)
        : base(dialogId, validator, localizer)
    {
    }

    /// <summary>The longest answer taken, in characters after cleaning.</summary>
    protected virtual int MaxLength => DefaultMaxLength;

    /// <summary>The value found in the answer's text, or null when it has none.</summary>
    protected abstract string? Recognize(string? text);

    /// <summary>The hint said before the question when <see cref="Recognize"/> found nothing in <paramref name="text"/>; null for the prompt's usual hint.</summary>
    protected virtual string? NotRecognizedHintKey(string? text) => null;

    /// <inheritdoc />
    protected sealed override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = PromptInput.GetText(turnContext.Activity) is { } typed ? CustomerText.Clean(typed) : null;
        if (text?.Length > MaxLength)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Failure("prompt.text.tooLong", new { max = MaxLength }));
        }

        var value = Recognize(string.IsNullOrEmpty(text) ? null : text);
        return Task.FromResult(value is null ? PromptRecognizerResult<string>.Failure(NotRecognizedHintKey(text)) : PromptRecognizerResult<string>.Success(value));
    }
}
