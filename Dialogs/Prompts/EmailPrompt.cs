using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Prompts;

/// <summary>Asks for an email address; finds it inside a sentence ("c'est jean@exemple.fr") and returns it normalized.</summary>
public class EmailPrompt : TextRecognizerPrompt
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
    protected override string? Recognize(string? text) => EmailRecognizer.Recognize(text);
}
