using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Privacy;

/// <summary>
/// What an erasure record keeps of the erased key, so "was this customer erased?" is answered from the key without
/// the record holding it. A WhatsApp key is a phone number: a plain SHA-256 of it is undone by trying every number,
/// so the key goes through PBKDF2-SHA256 (the key derivation .NET ships; no served package does better here) with a
/// salt made from the deployment's <see cref="ErasureRecordOptions.ErasureRecordSecret"/> when it has one.
/// </summary>
public sealed class ErasureRecordHash
{
    /// <summary>The PBKDF2 rounds: about a tenth of a second on one core, paid once per erasure or lookup.</summary>
    public const int Iterations = 100_000;

    /// <summary>The prefix of this form, telling it from the plain SHA-256 that records written before it hold.</summary>
    public const string Prefix = "pbkdf2-sha256:";

    private readonly byte[] _salt;

    /// <summary>Creates the hash from the "Privacy" options.</summary>
    public ErasureRecordHash(IOptions<ErasureRecordOptions> options)
        : this(options?.Value.ErasureRecordSecret)
    {
    }

    /// <summary>Creates the hash with <paramref name="secret"/> (none when empty).</summary>
    public ErasureRecordHash(string? secret)
    {
        _salt = SHA256.HashData(Encoding.UTF8.GetBytes($"Majordome.ErasureRecord.v1\n{secret}"));
    }

    /// <summary>The form a new record keeps.</summary>
    public string Of(CustomerRecordKey customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(customer.Value), _salt, Iterations, HashAlgorithmName.SHA256, 32);
        return Prefix + Convert.ToHexStringLower(derived);
    }

    /// <summary>Every form a record of <paramref name="customer"/> may hold: this one, and the plain SHA-256 of older records.</summary>
    public IReadOnlyList<string> Candidates(CustomerRecordKey customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return [Of(customer), customer.Hash];
    }
}
