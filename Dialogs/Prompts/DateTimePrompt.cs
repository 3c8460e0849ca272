using System.Globalization;
using System.Text.RegularExpressions;
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
public partial class DateTimePrompt : Prompt<IReadOnlyList<DateTimeResolution>>
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

        if (DateRangeFailure(resolutions[0], constraints, turnContext) is { } refused)
        {
            return Task.FromResult(refused);
        }

        return Task.FromResult(PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Success(resolutions));
    }

    /// <summary>A year or month without its day, or a day outside the bounds: why it is refused, or null.</summary>
    private static PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>? DateRangeFailure(DateTimeResolution best, DateTimeConstraints constraints, ITurnContext turnContext)
    {
        // "1990" resolves to 1 January 1990 and "mars 1990" to the 1st: for a birthday that is a wrong answer kept.
        if (constraints.RequireDay && !best.HasTime && ImpreciseDay().IsMatch(best.Timex))
        {
            return PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure("prompt.datetime.needDay");
        }

        var culture = CultureInfo.GetCultureInfo(Languages.All.Contains(turnContext.GetLanguage()) ? turnContext.GetLanguage() : Languages.French);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(best.Value, turnContext.GetTimeZone()).DateTime);
        if (Day(constraints.MinDate) is { } min && day < min)
        {
            return PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure("prompt.datetime.tooEarly", new { min = min.ToString("d MMMM yyyy", culture) });
        }

        return Day(constraints.MaxDate) is { } max && day > max
            ? PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failure("prompt.datetime.tooLate", new { max = max.ToString("d MMMM yyyy", culture) })
            : null;
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex("^([0-9]{4}|XXXX)(-[0-9]{2})?$")]
    private static partial Regex ImpreciseDay();

    /// <summary>
    /// Completes what was recognized before the constraints are checked, so that an answer that gives only the
    /// missing part ("15h" once the day is known) is whole; by default the resolutions as recognized.
    /// </summary>
    /// <param name="resolutions">What the recognizer found, best first.</param>
    /// <param name="state">The prompt's persisted state.</param>
    /// <param name="options">The prompt's options.</param>
    protected virtual IReadOnlyList<DateTimeResolution> Complete(IReadOnlyList<DateTimeResolution> resolutions, JObject state, PromptOptions options) => resolutions;
}
