using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Bookings;

/// <summary>
/// What a booking's reminder and thanks carry: the booking's reference and the start they were scheduled for, so a
/// booking moved since (new jobs exist for its new start) or cancelled is recognised when the job is due.
/// </summary>
/// <param name="Reference">The booking's reference.</param>
/// <param name="Start">The start the job was scheduled for.</param>
public sealed record BookingJobs(string Reference, DateTimeOffset Start)
{
    /// <summary>The once-key of the job of <paramref name="kind"/> for this booking at this start.</summary>
    public string OnceKey(string kind) =>
        $"{kind}:{Reference}:{Start.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture)}";

    /// <summary>The payload JSON.</summary>
    public string ToJson() => new JObject { ["reference"] = Reference, ["start"] = Start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) }.ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>The payload of <paramref name="job"/>, or null when it is not one.</summary>
    public static BookingJobs? Of(ProactiveJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            var payload = JObject.Parse(job.Request.PayloadJson);
            return payload.Value<string>("reference") is { Length: > 0 } reference
                && DateTimeOffset.TryParse(payload.Value<string>("start"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
                ? new BookingJobs(reference, start)
                : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
