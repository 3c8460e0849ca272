using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty answer is recognized, trimmed (Bot Framework's <c>TextPrompt</c>).</summary>
public class TextPrompt : TextRecognizerPrompt
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
    protected override string? Recognize(string? text) => text;

    /// <inheritdoc />
    protected override bool AcceptsAnyText => true;
}
