using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>
/// What every Meta webhook (Messenger, Instagram, WhatsApp) does the same way: the GET subscription handshake and
/// reading the raw body under a size limit (the <c>X-Hub-Signature-256</c> is over these exact bytes).
/// </summary>
public static class MetaWebhookRequest
{
    /// <summary>
    /// The <c>hub.challenge</c> to echo when the request is a subscription for <paramref name="verifyToken"/>, else null.
    /// PHP-style clients rewrite "hub.mode" to "hub_mode": both spellings are accepted.
    /// </summary>
    public static string? Challenge(IQueryCollection query, string verifyToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Param(string name) => query.TryGetValue($"hub.{name}", out var dotted) ? dotted.ToString() : query.TryGetValue($"hub_{name}", out var underscored) ? underscored.ToString() : null;
        var mode = Param("mode");
        var token = Param("verify_token");
        var challenge = Param("challenge");
        return mode == "subscribe" && challenge is not null && token is not null && SameSecret(token, verifyToken) ? challenge : null;
    }

    /// <summary>The raw body, read up to <paramref name="limit"/> bytes; <c>TooLarge</c> when it is longer.</summary>
    public static async Task<(byte[] Body, bool TooLarge)> ReadBodyAsync(HttpContext http, int limit)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.ContentLength > limit)
        {
            return ([], true);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return ([], true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], true);
        }

        return (buffer.ToArray(), false);
    }

    private static bool SameSecret(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
