using System.Net;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team;

/// <summary>Refuses, at start-up, an OpenID Connect set-up the console could not sign anyone in with, naming the key.</summary>
public sealed class TeamOpenIdConnectValidation : IValidateOptions<TeamOpenIdConnectOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TeamOpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = TeamOpenIdConnectOptions.SectionName;
        if (!options.Enabled)
        {
            return options.PasswordSignIn
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{section}:PasswordSignIn is false but {section}:Authority is empty: nobody could sign in to the team console. Set the provider or keep the password form.");
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            problems.Add($"{section}:Authority must be the provider's https URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0.");
        }
        else if (authority.Scheme == "http" && !IsLoopback(authority))
        {
            // The discovery document and the signing keys decide whom the console trusts: never over plain http.
            problems.Add($"{section}:Authority must use https (http is accepted on loopback only, for tests): {options.Authority}.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            problems.Add($"{section}:ClientId is empty: give the client id the provider registered for the console.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.Add($"{section}:ClientSecret is empty: set it in the environment (Team__OpenIdConnect__ClientSecret) or user secrets, never in appsettings.json.");
        }

        if (options.RecheckAfter < TimeSpan.FromSeconds(1) || options.RecheckAfter > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:RecheckAfter must be between 00:00:01 and 1.00:00:00 (how long a provider's session is kept before the provider is asked again): {options.RecheckAfter}.");
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaim))
        {
            problems.Add($"{section}:RoleClaim is empty: name the id_token claim that carries the groups or roles (e.g. roles, groups).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Whether <paramref name="uri"/> names this machine (localhost or a loopback address).</summary>
    public static bool IsLoopback(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
