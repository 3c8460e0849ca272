using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Majordome.Dialogs.Diagnostics;

/// <summary>
/// Times one run of a recognizer: a <c>majordome.recognize</c> span and a point of the
/// <c>majordome.recognizer.duration</c> histogram (seconds), both tagged with the recognizer. Off, it costs a
/// timestamp and two checks.
/// </summary>
public readonly struct RecognizerTiming : IDisposable
{
    /// <summary>How long a recognizer took, in seconds, by <see cref="MajordomeDiagnostics.RecognizerTag"/>.</summary>
    public static readonly Histogram<double> Duration = MajordomeDiagnostics.Meter.CreateHistogram<double>(
        "majordome.recognizer.duration", "s", "How long a recognizer took to read one message.");

    private readonly string _recognizer;
    private readonly long _started;
    private readonly Activity? _activity;

    private RecognizerTiming(string recognizer)
    {
        _recognizer = recognizer;
        _started = Stopwatch.GetTimestamp();
        _activity = MajordomeDiagnostics.Source.StartActivity("majordome.recognize");
        _activity?.SetTag(MajordomeDiagnostics.RecognizerTag, recognizer);
    }

    /// <summary>Starts timing <paramref name="recognizer"/>; dispose to stop.</summary>
    public static RecognizerTiming Start(string recognizer) => new(recognizer);

    /// <inheritdoc />
    public void Dispose()
    {
        _activity?.Dispose();
        if (_recognizer is not null && Duration.Enabled)
        {
            Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>(MajordomeDiagnostics.RecognizerTag, _recognizer));
        }
    }
}
