using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>Asks for an email address; finds it inside a sentence ("c'est jean@exemple.fr") and returns it normalized.</summary>
public class EmailPrompt : Prompt<string>
{
    /// <summary>Creates an email prompt.</summary>
    public EmailPrompt(string dialogId, PromptValidator<string>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.email.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.email.help";

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var email = EmailRecognizer.Recognize(PromptInput.GetText(turnContext.Activity));
        return Task.FromResult(email is null ? PromptRecognizerResult<string>.Failure() : PromptRecognizerResult<string>.Success(email));
    }
}
