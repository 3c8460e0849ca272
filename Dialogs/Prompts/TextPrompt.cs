using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks for free text; any non-empty answer is recognized, trimmed and cleaned of control characters, up to a
/// length (Bot Framework's <c>TextPrompt</c>).
/// </summary>
public class TextPrompt : TextRecognizerPrompt
{
    private readonly int _maxLength;

    /// <summary>Creates a text prompt.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="validator">Checks the answer further, or null.</param>
    /// <param name="localizer">The strings of hints and help.</param>
    /// <param name="maxLength">The longest answer taken (a name: 100); a longer one is asked again with the limit.</param>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null, Localizer? localizer = null, int maxLength = DefaultMaxLength)
        : base(dialogId, validator, localizer)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        _maxLength = maxLength;
    }

    /// <inheritdoc />
    protected override int MaxLength => _maxLength;

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.text.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.text.help";

    /// <inheritdoc />
    protected override string? Recognize(string? text) => text;

    /// <inheritdoc />
    protected override bool AcceptsAnyText => true;
}
