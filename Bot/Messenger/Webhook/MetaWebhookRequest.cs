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

    /// <summary>
    /// The raw body of a notification, read under <paramref name="limit"/> and checked against its
    /// <c>X-Hub-Signature-256</c> with <paramref name="appSecret"/>; otherwise the status to refuse it with (413 too
    /// large, 401 no signature, 403 a signature that does not match) and why.
    /// </summary>
    public static async Task<SignedBody> ReadSignedAsync(HttpContext http, int limit, string appSecret)
    {
        var (body, tooLarge) = await ReadBodyAsync(http, limit).ConfigureAwait(false);
        if (tooLarge)
        {
            return SignedBody.Refused(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
        }

        var signature = http.Request.Headers[WebhookSignature.HeaderName].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            return SignedBody.Refused(StatusCodes.Status401Unauthorized, $"The {WebhookSignature.HeaderName} header is missing.");
        }

        return WebhookSignature.IsValid(body, signature, appSecret)
            ? new SignedBody(body, StatusCodes.Status200OK, null)
            : SignedBody.Refused(StatusCodes.Status403Forbidden, $"The {WebhookSignature.HeaderName} header does not match the body and the app secret.");
    }

    private static bool SameSecret(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
