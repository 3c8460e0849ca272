using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>What one Graph API call gave: its result, or Graph's error with how long Graph asked us to wait.</summary>
/// <param name="Result">The response body of a successful call.</param>
/// <param name="Error">The error of a failed call (a timeout or a network error is a transient one).</param>
/// <param name="Status">The HTTP status (0 when no response came).</param>
/// <param name="Wait">How long Graph asked to wait before calling again (<c>Retry-After</c>, usage headers), if it did.</param>
public sealed record GraphAttempt(JObject? Result, GraphError? Error, int Status, TimeSpan? Wait)
{
    /// <summary>A successful call.</summary>
    public static GraphAttempt Succeeded(JObject result, int status) => new(result, null, status, null);

    /// <summary>A failed call.</summary>
    public static GraphAttempt Failed(GraphError error, int status, TimeSpan? wait = null) => new(null, error, status, wait);
}
