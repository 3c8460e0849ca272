using System.Net.Http.Headers;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// How long a throttled Graph response asks us to wait: the standard <c>Retry-After</c> header (seconds or a date,
/// what a bare 429 from Meta's edge or a proxy carries) or Meta's usage headers' "time to regain access", the longer.
/// </summary>
public static class GraphRetryDelay
{
    /// <summary>The wait <paramref name="response"/> asks for, or null when it asks for none.</summary>
    public static TimeSpan? Of(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = RetryAfter(response.Headers.RetryAfter, now);
        var regain = UsageHeaders.RegainAccessDelay(response);
        return (retryAfter, regain) switch
        {
            ({ } a, { } b) => a > b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        return wait > TimeSpan.Zero ? wait : null;
    }
}
