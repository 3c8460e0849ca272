namespace Majordome.Dialogs.Prompts;

/// <summary>What a prompt understood from the answer (Bot Framework's <c>PromptRecognizerResult</c>).</summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public sealed class PromptRecognizerResult<T>
{
    /// <summary>True when the answer was understood.</summary>
    public bool Succeeded { get; set; }

    /// <summary>The value understood.</summary>
    public T? Value { get; set; }

    /// <summary>
    /// A hint to say before the question again when the answer was understood but is not acceptable
    /// (a string key of the localized strings, with its arguments), for example "between 1 and 8".
    /// </summary>
    public string? RetryHintKey { get; set; }

    /// <summary>The arguments of <see cref="RetryHintKey"/>.</summary>
    public object? RetryHintArgs { get; set; }

    /// <summary>A successful result.</summary>
    public static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    /// <summary>A failed result, optionally with a hint saying why.</summary>
    public static PromptRecognizerResult<T> Failure(string? retryHintKey = null, object? args = null) =>
        new() { RetryHintKey = retryHintKey, RetryHintArgs = args };
}
