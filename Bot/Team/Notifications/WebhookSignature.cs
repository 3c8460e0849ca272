using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Majordome.Bot.Team.Notifications;

/// <summary>
/// How a webhook notice is signed: HMAC-SHA256, keyed with the configured secret, of "{timestamp}.{body}", sent as
/// <c>X-Majordome-Signature: sha256=&lt;hex&gt;</c> beside <c>X-Majordome-Timestamp</c> (Unix seconds). The receiver
/// recomputes it over the raw body and refuses an old timestamp, so a captured request cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-Majordome-Signature";

    /// <summary>The header carrying the signing time.</summary>
    public const string TimestampHeader = "X-Majordome-Timestamp";

    /// <summary>"sha256=" and the hex HMAC of <paramref name="timestamp"/>, a dot and <paramref name="body"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
