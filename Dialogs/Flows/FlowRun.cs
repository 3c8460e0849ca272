using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Flows;

/// <summary>Where a running flow is and what it has collected, saved as JSON between turns.</summary>
internal sealed class FlowRun
{
    /// <summary>The position in the compiled program.</summary>
    public int Position { get; set; }

    /// <summary>The flow's steps version when this run began (see <see cref="FlowStepsVersion"/>).</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>The identity of the question the run waits at (<see cref="FlowStep.Id"/>), so a new version of the flow can find it.</summary>
    public string StepId { get; set; } = string.Empty;

    /// <summary>The token of the long wait the run is parked at (see <see cref="WaitStep.Parks"/>), or null when it is not parked.</summary>
    public string? Parked { get; set; }

    /// <summary>The opt-in question exactly as the customer was shown it, kept until they answer (the wording stored with their consent).</summary>
    public string? Asked { get; set; }

    /// <summary>How many flows called this one in a chain (0 for a flow started otherwise), see <see cref="CallStep"/>.</summary>
    public int CallDepth { get; set; }

    /// <summary>The variables, as JSON values.</summary>
    public Dictionary<string, JToken?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The variables as expression values (decimal, string, bool).</summary>
    public IReadOnlyDictionary<string, object?> Values() =>
        Variables.ToDictionary(v => v.Key, v => ToValue(v.Value), StringComparer.Ordinal);

    /// <summary>Sets a variable from an expression value.</summary>
    public void Set(string name, object? value) => Variables[name] = value switch
    {
        null => JValue.CreateNull(),

        // Stored as a date answer is, so a date computed by an expression reads back like one.
        DateOnly day => new JValue(day.ToString(FlowDates.DateFormat, System.Globalization.CultureInfo.InvariantCulture)),
        DateTime moment => new JValue(moment.ToString(FlowDates.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture)),
        FlowDuration duration => new JValue(duration.ToString()),
        _ => new JValue(value),
    };

    private static object? ToValue(JToken? token) => token?.Type switch
    {
        JTokenType.Integer or JTokenType.Float => token.Value<decimal>(),
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.String => token.Value<string>(),
        _ => null,
    };
}
