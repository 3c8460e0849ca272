using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty answer is recognized (Bot Framework's <c>TextPrompt</c>).</summary>
public class TextPrompt : Prompt<string>
{
    /// <summary>Creates a text prompt.</summary>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.text.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.text.help";

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = PromptInput.GetText(turnContext.Activity);
        return Task.FromResult(text is null ? PromptRecognizerResult<string>.Failure() : PromptRecognizerResult<string>.Success(text));
    }
}
