using System.Security.Cryptography;
using System.Text;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>
/// Meta's webhook signature: <c>X-Hub-Signature-256: sha256=</c> + lowercase hex HMAC-SHA256 of the request body
/// keyed with the app secret. It is computed over the raw bytes as received: Meta signs its own \u-escaped
/// encoding, so re-serialized JSON would not match. The legacy SHA-1 header is not accepted.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the signature.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    /// <summary>The header value Meta would send for <paramref name="body"/> (tests sign their bodies with it).</summary>
    public static string Compute(ReadOnlySpan<byte> body, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
    }

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="body"/>, compared in constant time.</summary>
    public static bool IsValid(ReadOnlySpan<byte> body, string? header, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        var value = header?.Trim();
        if (value is null || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        byte[] given;
        try
        {
            given = Convert.FromHexString(value.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
