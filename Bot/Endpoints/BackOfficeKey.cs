using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

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

    /// <summary>
    /// The gate every back-office endpoint passes first: 401 (with a <c>WWW-Authenticate: Bearer</c> challenge and a
    /// warning naming <paramref name="action"/>) without the configured key, 413 for a body over
    /// <paramref name="maxBodyBytes"/>; null when the request may go on.
    /// </summary>
    public static IResult? Refusal(HttpContext http, string expected, long maxBodyBytes, ILogger logger, string action)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(logger);
        if (!Matches(http.Request, expected))
        {
            logger.LogWarning("{Action} refused: missing or wrong back-office key (from {Address}).", action, http.Connection.RemoteIpAddress);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid back-office key is required (Authorization: Bearer <BackOffice:ApiKey>).");
        }

        return http.Request.ContentLength > maxBodyBytes
            ? Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body may be {maxBodyBytes} bytes at most.")
            : null;
    }
}
