using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question (Bot Framework's <c>ConfirmPrompt</c>) with Yes/No buttons in the user's language;
/// understands "oui", "ouais", "d'accord", "yes", "sure", "non", "pas du tout", "nope"... and the buttons' numbers.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    /// <summary>Creates a confirm prompt.</summary>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
    }

    /// <summary>How the Yes/No choices are shown.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.confirm.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.confirm.help";

    /// <inheritdoc />
    protected override string GetHelpKey(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return ChoicePrompt.ShowsButtons(turnContext, YesNo(turnContext.GetLanguage()), options.Style ?? Style, Localizer) ? HelpKey : "prompt.confirm.helpTyped";
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = turnContext.GetLanguage();
        var text = PromptInput.GetText(turnContext.Activity);
        var answer = ConfirmRecognizer.Recognize(text, language);
        if (answer is null && ChoiceRecognizer.Recognize(text, YesNo(language), language) is { } found)
        {
            answer = found.Index == 0;
        }

        return Task.FromResult(answer is { } value ? PromptRecognizerResult<bool>.Success(value) : PromptRecognizerResult<bool>.Failure());
    }

    /// <inheritdoc />
    protected override IMessageActivity Decorate(ITurnContext turnContext, Activity question, PromptOptions options, string language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(question);
        return ChoicePrompt.AppendChoices(turnContext, question, YesNo(language), options.Style ?? Style, language, Localizer);
    }

    private List<Choice> YesNo(string language) =>
    [
        new(Localizer.Get(language, "prompt.confirm.yes")),
        new(Localizer.Get(language, "prompt.confirm.no")),
    ];
}
