using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Majordome.Tests.Harness.Messenger;

/// <summary>
/// What Meta posts to a Page's webhook, for the drills: a customer's text message in the <c>object: page</c> envelope,
/// and the POST itself, signed with <c>X-Hub-Signature-256</c> (HMAC-SHA256 of the exact body bytes with the app secret).
/// </summary>
public static class SignedWebhook
{
    /// <summary>The body of one text message from <paramref name="customer"/> to <paramref name="pageId"/>, delivered <paramref name="delivery"/> ms after it was sent.</summary>
    public static byte[] TextMessage(string pageId, string customer, string mid, string text, long timestamp, long delivery = 0) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = pageId,
                ["time"] = timestamp + delivery,
                ["messaging"] = new JsonArray(new JsonObject
                {
                    ["sender"] = new JsonObject { ["id"] = customer },
                    ["recipient"] = new JsonObject { ["id"] = pageId },
                    ["timestamp"] = timestamp,
                    ["message"] = new JsonObject { ["mid"] = mid, ["text"] = text },
                }),
            }),
        }.ToJsonString());

    /// <summary>
    /// Posts <paramref name="body"/> signed with <paramref name="secret"/> to <paramref name="target"/>; true when the
    /// bot answered 200, false when it answered anything else or could not be reached (Meta would deliver it again).
    /// </summary>
    public static async Task<bool> PostAsync(HttpClient client, Uri target, byte[] secret, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body)));
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
