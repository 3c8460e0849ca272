using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// Reads Graph's throttling headers (<c>X-Business-Use-Case-Usage</c>, <c>X-App-Usage</c>): their
/// <c>estimated_time_to_regain_access</c> (minutes) says how long to wait before calling again.
/// </summary>
public static class UsageHeaders
{
    /// <summary>The names of the headers read.</summary>
    public static readonly IReadOnlyList<string> Names = ["X-Business-Use-Case-Usage", "X-App-Usage"];

    /// <summary>The longest wait any header asks for, or null when none does.</summary>
    public static TimeSpan? RegainAccessDelay(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        TimeSpan? longest = null;
        foreach (var name in Names)
        {
            if (!response.Headers.TryGetValues(name, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                foreach (var minutes in Minutes(value))
                {
                    var delay = TimeSpan.FromMinutes(minutes);
                    longest = longest is { } l && l >= delay ? l : delay;
                }
            }
        }

        return longest is { } found && found > TimeSpan.Zero ? found : null;
    }

    private static IEnumerable<double> Minutes(string header)
    {
        JToken parsed;
        try
        {
            parsed = JToken.Parse(header);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            yield break;
        }

        foreach (var property in (parsed as JContainer)?.Descendants().OfType<JProperty>() ?? [])
        {
            if (property.Name == "estimated_time_to_regain_access" && property.Value.Type is JTokenType.Integer or JTokenType.Float)
            {
                yield return (double)property.Value;
            }
        }
    }
}
