using System.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Send;

/// <summary>
/// One attempt at a Graph API call, as every Meta channel makes it (Messenger, Instagram, WhatsApp): the token in
/// the <c>Authorization</c> header, Graph's answer or its error read into a <see cref="GraphAttempt"/>, a timeout or a
/// network error turned into a temporary error worth another try. The retries around it are the caller's pipeline.
/// </summary>
internal static class GraphRequest
{
    /// <summary>Sends one attempt; <paramref name="body"/> makes the content anew (a retried request cannot reuse a sent one).</summary>
    internal static async Task<GraphAttempt> AttemptAsync(HttpClient http, HttpMethod method, string url, string token, Func<HttpContent>? body, TimeSpan timeout, TimeProvider time, CancellationToken attemptToken, CancellationToken callerToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = body();
        }

        try
        {
            using var response = await http.SendAsync(request, attemptToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(attemptToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode && TryParseObject(text) is { } result && result["error"] is null)
            {
                return GraphAttempt.Succeeded(result, status);
            }

            return GraphAttempt.Failed(GraphError.Parse(text, status), status, GraphRetryDelay.Of(response, time.GetUtcNow()));
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            // The attempt's time limit, not the caller's cancellation: worth another try.
            return GraphAttempt.Failed(new GraphError(2, null, $"No answer within {timeout.TotalSeconds} s", null, true, null), 0);
        }
        catch (HttpRequestException exception)
        {
            return GraphAttempt.Failed(new GraphError(2, null, "Network error: " + exception.Message, null, true, null), 0);
        }
    }

    private static JObject? TryParseObject(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? [] : JToken.Parse(text) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
