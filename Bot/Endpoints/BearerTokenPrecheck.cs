using System.IdentityModel.Tokens.Jwt;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// The Bot Framework SDK throws an ArgumentException (a 500) on an Authorization header whose token is not even
/// a readable JWT. Checking that shape first turns such requests into the 401 they deserve; the SDK still does
/// the real validation (signature, issuer, audience) of every token that passes.
/// </summary>
public static class BearerTokenPrecheck
{
    /// <summary>The problem with the request's Authorization header, or null when it is absent or looks like a JWT.</summary>
    public static string? Validate(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return null;
        }

        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "The Authorization header must be a Bearer token.";
        }

        try
        {
            new JwtSecurityTokenHandler().ReadJwtToken(authorization[scheme.Length..].Trim());
            return null;
        }
        catch (ArgumentException)
        {
            return "The Authorization header does not hold a readable JWT.";
        }
    }
}
