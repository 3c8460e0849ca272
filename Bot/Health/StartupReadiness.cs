namespace Majordome.Bot.Health;

/// <summary>
/// What a fresh instance still does before it answers at full speed: the date and number recognizers build their
/// regular expressions (about 4 s, once), and the intent recognizer trains on the brand's examples (a few seconds,
/// when <c>Understanding:TrainAtStartup</c> is on). <c>/readyz</c> answers 503 until both are done, so a load
/// balancer sends a new instance no customer before then; <c>/healthz</c> does not wait for them. Each stage is
/// logged once, at information level, when it is done: a 503 while starting is expected and never logged as an error.
/// </summary>
public sealed partial class StartupReadiness
{
    private readonly ILogger<StartupReadiness>? _logger;
    private readonly TimeProvider _time;
    private readonly long _started;
    private int _recognizersWarm;
    private int _understandingSettled;
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the readiness of an instance starting now.</summary>
    public StartupReadiness(ILogger<StartupReadiness>? logger = null, TimeProvider? time = null)
    {
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>Whether everything is done.</summary>
    public bool IsReady => Volatile.Read(ref _recognizersWarm) == 1 && Volatile.Read(ref _understandingSettled) == 1;

    /// <summary>Completes once the intent recognizer is trained, or will not be: turns route as they will from then on.</summary>
    public Task UnderstandingSettled => _settled.Task;

    /// <summary>What is still being done, for the health report; empty when ready.</summary>
    public IReadOnlyList<string> Pending =>
    [
        .. Volatile.Read(ref _recognizersWarm) == 1 ? Array.Empty<string>() : ["date and number recognizers warming up"],
        .. Volatile.Read(ref _understandingSettled) == 1 ? Array.Empty<string>() : ["intent recognizer training"],
    ];

    /// <summary>The date and number recognizers have built their expressions.</summary>
    public void MarkRecognizersWarm() => Done(ref _recognizersWarm, "date and number recognizers warm");

    /// <summary>The intent recognizer is trained, or will not be (off, or its examples could not be read: keywords serve).</summary>
    public void MarkUnderstandingSettled()
    {
        Done(ref _understandingSettled, "intent recognizer settled");
        _settled.TrySetResult();
    }

    private void Done(ref int stage, string what)
    {
        // Logged on the first call only: a stage may be reported twice (the training's success and its fallback).
        if (Interlocked.Exchange(ref stage, 1) == 1 || _logger is null)
        {
            return;
        }

        var seconds = Math.Round(_time.GetElapsedTime(_started).TotalSeconds, 1);
        if (IsReady)
        {
            LogReady(_logger, what, seconds);
        }
        else
        {
            LogStage(_logger, what, seconds, string.Join(", ", Pending));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Stage} after {Seconds} s; /readyz answers 503 until done: {Pending}")]
    private static partial void LogStage(ILogger logger, string stage, double seconds, string pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Stage} after {Seconds} s; ready for customers (/readyz answers 200)")]
    private static partial void LogReady(ILogger logger, string stage, double seconds);
}
