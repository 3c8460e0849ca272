using System.Diagnostics;
using System.Diagnostics.Metrics;
using Majordome.Dialogs.Diagnostics;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Telemetry;

/// <summary>
/// One turn as telemetry sees it: the <c>majordome.turn</c> span (tagged with the channel and, at its end, the flow),
/// a point of <c>majordome.turns</c> (by channel and flow) and of <c>majordome.turn.duration</c> (seconds, by
/// channel, flow and, for a failed turn, <c>error.type</c>). Every channel's turn goes through the bot, so this is
/// where all of them are counted. Nothing is allocated when telemetry is off (<see cref="Start"/> returns null).
/// </summary>
public sealed class TurnTelemetry : IDisposable
{
    /// <summary>Turns run, by channel and flow.</summary>
    public static readonly Counter<long> Turns = MajordomeDiagnostics.Meter.CreateCounter<long>(
        "majordome.turns", "{turn}", "Turns run, by channel and flow.");

    /// <summary>How long a turn took from its start in the bot to its saved state, by channel and flow.</summary>
    public static readonly Histogram<double> Duration = MajordomeDiagnostics.Meter.CreateHistogram<double>(
        "majordome.turn.duration", "s", "How long a turn took, from the bot's start of the turn to its state saved.");

    private readonly ITurnContext _turnContext;
    private readonly string _channel;
    private readonly Activity? _span;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string? _error;

    private TurnTelemetry(ITurnContext turnContext)
    {
        _turnContext = turnContext;
        _channel = turnContext.Activity?.ChannelId ?? "unknown";
        _span = MajordomeDiagnostics.Source.StartActivity("majordome.turn");
        _span?.SetTag(MajordomeDiagnostics.ChannelTag, _channel);
        _span?.SetTag("majordome.activity.type", turnContext.Activity?.Type);
    }

    /// <summary>Starts the turn's telemetry, or returns null when nobody listens.</summary>
    public static TurnTelemetry? Start(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return MajordomeDiagnostics.Source.HasListeners() || Turns.Enabled || Duration.Enabled ? new TurnTelemetry(turnContext) : null;
    }

    /// <summary>Marks the turn failed with <paramref name="exception"/>; returns false, for use in an exception filter that lets it through.</summary>
    public bool Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _error = exception.GetType().FullName;
        _span?.SetStatus(ActivityStatusCode.Error, exception.Message);
        _span?.AddException(exception);
        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        var flow = TurnFlow.Get(_turnContext) ?? TurnFlow.None;
        _span?.SetTag(MajordomeDiagnostics.FlowTag, flow);
        _span?.Dispose();
        var channel = new KeyValuePair<string, object?>(MajordomeDiagnostics.ChannelTag, _channel);
        var flowTag = new KeyValuePair<string, object?>(MajordomeDiagnostics.FlowTag, flow);
        Turns.Add(1, channel, flowTag);
        if (_error is null)
        {
            Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, channel, flowTag);
        }
        else
        {
            Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, channel, flowTag, new KeyValuePair<string, object?>("error.type", _error));
        }
    }
}
