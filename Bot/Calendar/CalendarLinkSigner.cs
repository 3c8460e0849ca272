using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Calendar;

/// <summary>
/// Signs and checks calendar links: HMAC-SHA256 over the booking's reference, its customer key and the link's expiry,
/// so a link opens that one booking, for its own customer, until it expires. The customer key is signed, never put in
/// the link. The key is never logged.
/// </summary>
public sealed partial class CalendarLinkSigner
{
    private readonly byte[] _key;

    /// <summary>Creates the signer with the configured secret, or a random one for this process when none is set.</summary>
    public CalendarLinkSigner(IOptions<CalendarLinkOptions> options, ILogger<CalendarLinkSigner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var secret = options.Value.LinkSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            LogGeneratedSecret(logger);
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(secret.Trim());
        }
    }

    /// <summary>The signature of a link to <paramref name="reference"/> of <paramref name="customerKey"/> expiring at <paramref name="expires"/> (Unix seconds), base64url.</summary>
    public string Sign(string reference, string customerKey, long expires) =>
        WebEncoders.Base64UrlEncode(Mac(reference, customerKey, expires));

    /// <summary>Whether <paramref name="signature"/> is this link's, compared in constant time.</summary>
    public bool Verify(string reference, string customerKey, long expires, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = WebEncoders.Base64UrlDecode(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac(reference, customerKey, expires));
    }

    // Newline-separated: no reference or key contains one, so two different triples never sign the same text.
    private byte[] Mac(string reference, string customerKey, long expires)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        var text = string.Join('\n', reference, customerKey, expires.ToString(CultureInfo.InvariantCulture));
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No Calendar:LinkSecret is configured: calendar links (Instagram's booking confirmations) are signed with a key made for this process and stop working when the bot restarts. Set Calendar__LinkSecret (at least 32 characters, the same on every instance) in the environment to keep them.")]
    private static partial void LogGeneratedSecret(ILogger logger);
}
