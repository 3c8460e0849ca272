namespace Majordome.Bot.Health;

/// <summary>
/// What a fresh instance still does before it answers at full speed: the date and number recognizers build their
/// regular expressions (about 4 s, once), and the intent recognizer trains on the brand's examples (a few seconds,
/// when <c>Understanding:TrainAtStartup</c> is on). <c>/readyz</c> answers 503 until both are done, so a load
/// balancer sends a new instance no customer before then; <c>/healthz</c> does not wait for them.
/// </summary>
public sealed class StartupReadiness
{
    private volatile bool _recognizersWarm;
    private volatile bool _understandingSettled;
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether everything is done.</summary>
    public bool IsReady => _recognizersWarm && _understandingSettled;

    /// <summary>Completes once the intent recognizer is trained, or will not be: turns route as they will from then on.</summary>
    public Task UnderstandingSettled => _settled.Task;

    /// <summary>What is still being done, for the health report; empty when ready.</summary>
    public IReadOnlyList<string> Pending =>
    [
        .. _recognizersWarm ? Array.Empty<string>() : ["date and number recognizers warming up"],
        .. _understandingSettled ? Array.Empty<string>() : ["intent recognizer training"],
    ];

    /// <summary>The date and number recognizers have built their expressions.</summary>
    public void MarkRecognizersWarm() => _recognizersWarm = true;

    /// <summary>The intent recognizer is trained, or will not be (off, or its examples could not be read: keywords serve).</summary>
    public void MarkUnderstandingSettled()
    {
        _understandingSettled = true;
        _settled.TrySetResult();
    }
}
