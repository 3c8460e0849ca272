using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/> (Bot Framework's <c>ChoicePrompt</c>):
/// shown as suggested actions or quick replies where the channel has them, a numbered list otherwise;
/// understands a click, the value or a synonym (accents and typos tolerated), "2" or "the second".
/// Returns a <see cref="FoundChoice"/>.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Creates a choice prompt.</summary>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
    }

    /// <summary>How the choices are shown when the options do not say.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.choice.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.choice.help";

    /// <summary>Adds the choices to a question in the given style, keeping its attachments.</summary>
    public static IMessageActivity AppendChoices(ITurnContext turnContext, Activity question, IList<Choice> choices, ListStyle style, string language, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(question);
        var rendered = ChoiceFactory.Render(
            turnContext.Channel(), choices, question.Text, language, style, localizer, turnContext.Activity?.Conversation?.ConversationType);
        question.Text = rendered.Text;
        question.SuggestedActions = rendered.SuggestedActions ?? question.SuggestedActions;
        if (rendered.Attachments is { Count: > 0 })
        {
            question.Attachments = [.. question.Attachments ?? [], .. rendered.Attachments];
        }

        return question;
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var text = PromptInput.GetText(turnContext.Activity);
        var language = turnContext.GetLanguage();
        var found = ChoiceRecognizer.Recognize(text, choices.ToList(), language)
            ?? (options.IsYesNo && choices.Count >= 2 && ConfirmRecognizer.Recognize(text, language) is { } yes
                ? new FoundChoice(choices[yes ? 0 : 1].Value, yes ? 0 : 1, 1, text)
                : null);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failure() : PromptRecognizerResult<FoundChoice>.Success(found));
    }

    /// <summary>
    /// A choice named exactly (its title, value or a synonym), by its number or by an ordinal is the answer; a
    /// choice found through a few shared words ("boutique" in a question about boutiques) is only possibly it.
    /// </summary>
    protected override bool IsClearAnswer(PromptRecognizerResult<FoundChoice> recognized) =>
        recognized is { Succeeded: true, Value.Score: >= ClearScore };

    /// <summary>The score of an exact or positional match (fuzzy matches score less).</summary>
    private const double ClearScore = 0.99;

    /// <inheritdoc />
    protected override IMessageActivity Decorate(ITurnContext turnContext, Activity question, PromptOptions options, string language)
    {
        ArgumentNullException.ThrowIfNull(options);
        return AppendChoices(turnContext, question, options.Choices ?? [], options.Style ?? Style, language, Localizer);
    }

    /// <inheritdoc />
    protected override string GetHelpKey(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ShowsButtons(turnContext, options.Choices ?? [], options.Style ?? Style, Localizer) ? HelpKey : "prompt.choice.helpTyped";
    }

    /// <summary>
    /// Whether the choices appear as buttons on this channel (suggested actions or a card), rather than as a text
    /// list: help that says "tap one of the buttons" where there is none sends the customer looking for them.
    /// </summary>
    internal static bool ShowsButtons(ITurnContext turnContext, IList<Choice> choices, ListStyle style, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var rendered = ChoiceFactory.Render(
            turnContext.Channel(), choices, string.Empty, turnContext.GetLanguage(), style, localizer, turnContext.Activity?.Conversation?.ConversationType);
        return rendered.SuggestedActions?.Actions is { Count: > 0 } || rendered.Attachments is { Count: > 0 };
    }

    /// <inheritdoc />
    protected override object? GetHelpArgs(PromptOptions options) =>
        new { choices = string.Join(", ", (options?.Choices ?? []).Select(c => c.Title)) };
}
