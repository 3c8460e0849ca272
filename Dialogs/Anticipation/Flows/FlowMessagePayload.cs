using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Flows;

/// <summary>
/// What a flow's schedule step stores in its job (<see cref="ProactiveKinds.FlowMessage"/>): the flow whose button the
/// message carries, and the text in both languages as it was filled when the step ran (the customer's language may
/// change before it is due).
/// </summary>
/// <param name="Origin">The flow whose step scheduled it, for the reports and the team console.</param>
/// <param name="Flow">The flow the message's button starts, or null.</param>
/// <param name="Fr">The text in French, or null to invite to the flow by its title.</param>
/// <param name="En">The text in English, or null to invite to the flow by its title.</param>
public sealed record FlowMessagePayload(
    [property: JsonProperty("origin")] string Origin,
    [property: JsonProperty("flow")] string? Flow,
    [property: JsonProperty("fr")] string? Fr,
    [property: JsonProperty("en")] string? En)
{
    /// <summary>The payload as the job stores it.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Formatting.None);

    /// <summary>The payload of <paramref name="job"/>, or null when it is not one.</summary>
    public static FlowMessagePayload? Of(ProactiveJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return JObject.Parse(job.Request.PayloadJson).ToObject<FlowMessagePayload>() is { Origin.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
