using System.Globalization;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks for a number, in digits or words, in French or English ("4", "quatre", "2,5", "four"); a
/// <see cref="NumberRange"/> in <see cref="PromptOptions.Validations"/> bounds it with a clear hint.
/// Integer types refuse fractions.
/// </summary>
/// <typeparam name="T"><c>int</c>, <c>long</c>, <c>decimal</c> or <c>double</c>.</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    /// <summary>Creates a number prompt.</summary>
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(decimal) && typeof(T) != typeof(double))
        {
            throw new NotSupportedException($"NumberPrompt<{typeof(T).Name}> is not supported: use int, long, decimal or double.");
        }
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.number.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.number.help";

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var number = ReadNumber(PromptInput.GetText(turnContext.Activity), turnContext.GetLanguage());
        if (number is not { } value)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failure());
        }

        var isInteger = typeof(T) == typeof(int) || typeof(T) == typeof(long);
        if (isInteger && decimal.Truncate(value) != value)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failure("prompt.number.wholeNumber"));
        }

        var range = GetRange(options);
        if (range is not null && !range.Contains(value))
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failure(RangeKey(range), RangeArgs(range)));
        }

        try
        {
            var converted = (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
            return Task.FromResult(PromptRecognizerResult<T>.Success(converted));
        }
        catch (OverflowException)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failure());
        }
    }

    /// <summary>The number the answer gives, or null; a prompt for a particular number (a party size) reads its own phrases.</summary>
    protected virtual decimal? ReadNumber(string? text, string language) => NumberRecognizer.Recognize(text, language);

    private static NumberRange? GetRange(PromptOptions options) => JsonValue.To<NumberRange>(options.Validations);

    private static string RangeKey(NumberRange range) => (range.Min, range.Max) switch
    {
        (not null, not null) => "prompt.number.between",
        (not null, null) => "prompt.number.atLeast",
        _ => "prompt.number.atMost",
    };

    private static object RangeArgs(NumberRange range) => new { min = range.Min, max = range.Max };
}
