using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks for a date and time in natural French or English ("demain soir à 20h", "samedi à 15h",
/// "tomorrow 3pm"), resolved in the user's time zone against the injected clock (Bot Framework's
/// <c>DateTimePrompt</c>). Returns the resolutions, best first.
/// </summary>
public class DateTimePrompt : Prompt<IReadOnlyList<DateTimeResolution>>
{
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a date-time prompt reading the time from <paramref name="timeProvider"/>.</summary>
    public DateTimePrompt(string dialogId, TimeProvider timeProvider, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.datetime.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.datetime.help";

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var now = _timeProvider.GetUtcNow();
        var resolutions = Complete(
            DateTimeRecognizer.Recognize(PromptInput.GetText(turnContext.Activity), turnContext.GetLanguage(), now, turnContext.GetTimeZone()),
            state,
            options);
        if (resolutions.Count == 0)
        {
            return Task.FromResult(PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure());
        }

        var constraints = JsonValue.To<DateTimeConstraints>(options.Validations) ?? new DateTimeConstraints();
        if (constraints.RequireTime && !resolutions[0].HasTime)
        {
            return Task.FromResult(PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure("prompt.datetime.needTime"));
        }

        if (constraints.FutureOnly && (resolutions[0].End ?? resolutions[0].Value) <= now)
        {
            return Task.FromResult(PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure("prompt.datetime.past"));
        }

        return Task.FromResult(PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Success(resolutions));
    }

    /// <summary>
    /// Completes what was recognized before the constraints are checked, so that an answer that gives only the
    /// missing part ("15h" once the day is known) is whole; by default the resolutions as recognized.
    /// </summary>
    /// <param name="resolutions">What the recognizer found, best first.</param>
    /// <param name="state">The prompt's persisted state.</param>
    /// <param name="options">The prompt's options.</param>
    protected virtual IReadOnlyList<DateTimeResolution> Complete(IReadOnlyList<DateTimeResolution> resolutions, JObject state, PromptOptions options) => resolutions;
}
