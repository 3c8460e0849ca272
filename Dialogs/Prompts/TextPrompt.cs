using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks for free text; any non-empty answer is recognized, trimmed and cleaned of control characters, up to a
/// length (Bot Framework's <c>TextPrompt</c>). A prompt told that questions are not answers (a name) does not take a
/// message that reads as a question: the turn policies answer it in place and the prompt asks again.
/// </summary>
public class TextPrompt : TextRecognizerPrompt
{
    private readonly int _maxLength;
    private readonly bool _questionsAreAnswers;
    private readonly Func<string, bool>? _isClearAnswer;

    /// <summary>Creates a text prompt.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="validator">Checks the answer further, or null.</param>
    /// <param name="localizer">The strings of hints and help.</param>
    /// <param name="maxLength">The longest answer taken (a name: 100); a longer one is asked again with the limit.</param>
    /// <param name="questionsAreAnswers">
    /// False when a question can never be the answer ("je peux rapporter mes capsules ?" is no name): a message with
    /// a question mark is not recognized, so the turn policies answer it in place, and otherwise the question is
    /// asked again.
    /// </param>
    /// <param name="isClearAnswer">
    /// Tells a text that is certainly the answer (a complete postal address): it goes to the question even when the
    /// classifier reads a request for another flow in it. Null: any text is an open answer.
    /// </param>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null, Localizer? localizer = null, int maxLength = DefaultMaxLength, bool questionsAreAnswers = true, Func<string, bool>? isClearAnswer = null)
        : base(dialogId, validator, localizer)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        _maxLength = maxLength;
        _questionsAreAnswers = questionsAreAnswers;
        _isClearAnswer = isClearAnswer;
    }

    /// <inheritdoc />
    public override Task<AnswerMatch> RecognizeAnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return IsRefusedQuestion(PromptInput.GetText(dc.Context.Activity))
            ? Task.FromResult(AnswerMatch.None)
            : base.RecognizeAnswerAsync(dc, instance, cancellationToken);
    }

    /// <inheritdoc />
    protected override int MaxLength => _maxLength;

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.text.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.text.help";

    /// <inheritdoc />
    protected override string? Recognize(string? text) => IsRefusedQuestion(text) ? null : text;

    /// <inheritdoc />
    protected override string? NotRecognizedHintKey(string? text) => IsRefusedQuestion(text) ? "prompt.text.question" : null;

    /// <inheritdoc />
    protected override bool IsClearText(string? text) =>
        _isClearAnswer is not null && !string.IsNullOrWhiteSpace(text) && text.Length <= _maxLength && !IsRefusedQuestion(text) && _isClearAnswer(text);

    // A question mark only: a question word first ("Can Demir", "Do Van Long") is also how names and addresses
    // begin, and taking a name for a question would make it impossible to give.
    private bool IsRefusedQuestion(string? text) => !_questionsAreAnswers && text is not null && text.Contains('?', StringComparison.Ordinal);

    /// <inheritdoc />
    protected override bool AcceptsAnyText => true;
}
