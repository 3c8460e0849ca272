using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Majordome.Dialogs.Diagnostics;

/// <summary>
/// Majordome's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <see cref="Name"/>. They live
/// here, in the lowest layer that traces (the dialog and recognizer spans), so that the host and the conversations
/// share them without Dialogs knowing the host. With nobody listening (telemetry off) a span is never created and an
/// instrument records nothing.
/// </summary>
public static class MajordomeDiagnostics
{
    /// <summary>The name of the activity source and of the meter: what an OpenTelemetry set-up adds with AddSource and AddMeter.</summary>
    public const string Name = "Majordome";

    /// <summary>The spans of a turn: turn, dialog, recognizer, storage.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>Every Majordome instrument is created on this meter.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Span tag and metric dimension: the channel of the turn (msteams, webchat, facebook, whatsapp...).</summary>
    public const string ChannelTag = "majordome.channel";

    /// <summary>Span tag and metric dimension: the flow the turn worked in (booking, shop, flow:..., none).</summary>
    public const string FlowTag = "majordome.flow";

    /// <summary>Span tag and metric dimension: which recognizer ran (datetime, intent).</summary>
    public const string RecognizerTag = "majordome.recognizer";
}
