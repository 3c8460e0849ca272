using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// The key Direct Line tokens are signed with, derived from <see cref="DirectLineOptions.Secret"/>. When no secret is
/// configured and the instances share a PostgreSQL database, they must still sign alike (a token issued by one is
/// presented to another): the key then comes from a secret generated once and kept in the database
/// (<see cref="UseShared"/>), instead of this process's random one.
/// </summary>
public sealed class DirectLineSigningKey
{
    private readonly IOptions<DirectLineOptions> _options;
    private Derived? _derived;
    private byte[]? _shared;

    /// <summary>Creates the key holder.</summary>
    public DirectLineSigningKey(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Whether no secret was configured, so that instances sharing a database need <see cref="UseShared"/>.</summary>
    public bool IsGenerated => _options.Value.SecretGenerated;

    /// <summary>The signing key.</summary>
    /// <exception cref="InvalidOperationException">No secret is configured.</exception>
    public byte[] Key
    {
        get
        {
            if (_shared is { } shared)
            {
                return shared;
            }

            var secret = _options.Value.Secret;
            if (string.IsNullOrWhiteSpace(secret))
            {
                throw new InvalidOperationException("DirectLine:Secret is not configured.");
            }

            // Derived once per secret: the key is needed for every token issued and every request checked.
            if (_derived is not { } derived || !ReferenceEquals(derived.Secret, secret))
            {
                derived = new Derived(secret, Derive(secret));
                _derived = derived;
            }

            return derived.Key;
        }
    }

    /// <summary>Signs with a key derived from <paramref name="sharedSecret"/> (kept in the shared database) from now on.</summary>
    public void UseShared(string sharedSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedSecret);
        _shared = Derive(sharedSecret);
    }

    // A key of its own, so the secret itself never signs anything a client sees.
    private static byte[] Derive(string secret) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "Majordome.DirectLine.Token.v1"u8);

    private sealed record Derived(string Secret, byte[] Key);
}
