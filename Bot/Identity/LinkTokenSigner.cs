using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Identity;

/// <summary>
/// Makes and checks link tokens: <c>link-</c> and, base64url, a random 16-byte nonce, the expiry (Unix seconds, 4
/// bytes) and the first 12 bytes of HMAC-SHA256 over both. The customer's key is not in the token (the nonce names
/// it in the database), so a link shows nothing about them; a forged or altered token fails the MAC without touching
/// the database. Only alphanumerics, <c>-</c> and <c>_</c>: what Messenger allows in a <c>ref</c>. The key is never logged.
/// </summary>
public sealed partial class LinkTokenSigner
{
    /// <summary>What every token starts with: how a ref or a message is recognised as one.</summary>
    public const string Prefix = "link-";

    /// <summary>The length of a token, prefix included.</summary>
    public const int Length = 5 + 43;

    private const int NonceBytes = 16;
    private const int MacBytes = 12;
    private readonly byte[] _key;

    /// <summary>Creates the signer with the configured secret, or a random one for this process when none is set.</summary>
    public LinkTokenSigner(IOptions<IdentityLinkOptions> options, ILogger<LinkTokenSigner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var secret = options.Value.Secret;
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

    /// <summary>A new token valid until <paramref name="expires"/>, and its nonce (what the database keeps).</summary>
    public (string Token, string Nonce) Create(DateTimeOffset expires)
    {
        var body = new byte[NonceBytes + 4];
        RandomNumberGenerator.Fill(body.AsSpan(0, NonceBytes));
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(NonceBytes), checked((uint)expires.ToUnixTimeSeconds()));
        var token = new byte[body.Length + MacBytes];
        body.CopyTo(token, 0);
        Mac(body).AsSpan(0, MacBytes).CopyTo(token.AsSpan(body.Length));
        return (Prefix + WebEncoders.Base64UrlEncode(token), WebEncoders.Base64UrlEncode(body, 0, NonceBytes));
    }

    /// <summary>
    /// The nonce and expiry of <paramref name="token"/> when its signature holds, else null (malformed, altered,
    /// or signed with another key). Expiry is the caller's to check.
    /// </summary>
    public (string Nonce, DateTimeOffset Expires)? Read(string? token)
    {
        if (token is null || token.Length != Length || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(token, Prefix.Length, token.Length - Prefix.Length);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length != NonceBytes + 4 + MacBytes)
        {
            return null;
        }

        var body = bytes.AsSpan(0, NonceBytes + 4).ToArray();
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(body.Length), Mac(body).AsSpan(0, MacBytes)))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(NonceBytes)));
        return (WebEncoders.Base64UrlEncode(body, 0, NonceBytes), expires);
    }

    private byte[] Mac(byte[] body) => HMACSHA256.HashData(_key, body);

    [LoggerMessage(Level = LogLevel.Information, Message = "No IdentityLinks:Secret is configured: the links that let customers continue on another channel are signed with a key made for this process, and a link given before a restart, or on another instance, is refused. Set IdentityLinks__Secret (at least 32 characters, the same on every instance) in the environment.")]
    private static partial void LogGeneratedSecret(ILogger logger);
}
