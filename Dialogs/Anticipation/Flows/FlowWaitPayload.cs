using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Flows;

/// <summary>
/// What a flow's long wait stores in its job (<see cref="ProactiveKinds.FlowWait"/>): the flow and its wait step, and
/// the token the parked run keeps, so only the job of this very wait can move the run on.
/// </summary>
/// <param name="Flow">The parked flow's id.</param>
/// <param name="Step">The wait step's identity.</param>
/// <param name="Token">The parked run's token.</param>
public sealed record FlowWaitPayload(
    [property: JsonProperty("flow")] string Flow,
    [property: JsonProperty("step")] string Step,
    [property: JsonProperty("token")] string Token)
{
    /// <summary>The payload as the job stores it.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Formatting.None);

    /// <summary>The payload of <paramref name="job"/>, or null when it is not one.</summary>
    public static FlowWaitPayload? Of(ProactiveJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return JObject.Parse(job.Request.PayloadJson).ToObject<FlowWaitPayload>() is { Flow.Length: > 0, Token.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
