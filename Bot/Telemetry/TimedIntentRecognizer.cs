using Majordome.Dialogs.Diagnostics;
using Majordome.Dialogs.Understanding;

namespace Majordome.Bot.Telemetry;

/// <summary>
/// The learned intent recognizer, timed: a <c>majordome.recognize</c> span and a <c>majordome.recognizer.duration</c>
/// point tagged <c>intent</c> per message it reads (the date recognizer times itself the same way, tagged <c>datetime</c>).
/// </summary>
public sealed class TimedIntentRecognizer : IIntentRecognizer
{
    /// <summary>The recognizer tag of the learned intent recognizer.</summary>
    public const string RecognizerName = "intent";

    private readonly IIntentRecognizer _inner;

    /// <summary>Times <paramref name="inner"/>.</summary>
    public TimedIntentRecognizer(IIntentRecognizer inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public async Task<UnderstandingResult> RecognizeAsync(UnderstandingRequest request, CancellationToken cancellationToken = default)
    {
        using var timing = RecognizerTiming.Start(RecognizerName);
        return await _inner.RecognizeAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
