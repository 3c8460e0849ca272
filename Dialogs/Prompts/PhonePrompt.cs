using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks for a phone number; accepts French numbers however they are written ("06 12 34 56 78",
/// "+33 6...") and international ones, and returns it in E.164 form ("+33612345678").
/// </summary>
public class PhonePrompt : TextRecognizerPrompt
{
    /// <summary>Creates a phone prompt.</summary>
    public PhonePrompt(string dialogId, PromptValidator<string>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.phone.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.phone.help";

    /// <inheritdoc />
    protected override string? Recognize(string? text) => PhoneRecognizer.Recognize(text);
}
