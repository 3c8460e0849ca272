namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Understands a free-text message: which flow it asks for (ranked, with calibrated scores), the language it is
/// written in, and the entities it names. Button payloads and card submits never come here: they already say
/// exactly what they mean.
/// </summary>
public interface IIntentRecognizer
{
    /// <summary>Understands <paramref name="request"/>'s text.</summary>
    Task<UnderstandingResult> RecognizeAsync(UnderstandingRequest request, CancellationToken cancellationToken = default);
}
