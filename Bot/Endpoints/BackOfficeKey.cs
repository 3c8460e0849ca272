using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Majordome.Bot.Endpoints;

/// <summary>Checks the back office's bearer key in constant time (hashes compared, so neither the content nor the length leaks through timing).</summary>
public static class BackOfficeKey
{
    /// <summary>True when <paramref name="request"/> carries <paramref name="expected"/> as its bearer key; always false when none is configured.</summary>
    public static bool Matches(HttpRequest request, string expected)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(expected))
        {
            return false;
        }

        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        var given = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
