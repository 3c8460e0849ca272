using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.Team.SignIn;

/// <summary>
/// An OpenID Connect provider on loopback that behaves like a real one for the authorization code flow: a discovery
/// document, a JWKS with an RSA key made here, an authorize endpoint that checks the client, the registered
/// redirect_uri, the scope and the PKCE challenge before redirecting back with a one-time code and the state, and a
/// token endpoint that checks the client's id and secret, the code, the same redirect_uri and the PKCE verifier,
/// then returns an RS256 id_token carrying the nonce it was given. The person it signs in is whoever the test says;
/// a test may also have it tamper with the next signature or put another nonce in the next token.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    private const string KeyId = "test-key-1";
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    private FakeOpenIdProvider(WebApplication app, string clientId, string clientSecret)
    {
        _app = app;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    /// <summary>The provider's issuer (its base address).</summary>
    public string Issuer { get; private set; } = null!;

    /// <summary>The client it knows.</summary>
    public string ClientId { get; }

    /// <summary>That client's secret.</summary>
    public string ClientSecret { get; }

    /// <summary>The redirect_uri registered for the client (the bot's callback); set once the bot's address is known.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>The claims of the person the next sign-in signs in (besides iss, aud, exp, iat and nonce).</summary>
    public JsonObject Person { get; set; } = new();

    /// <summary>When set, the next id_token's signature is altered after signing.</summary>
    public bool TamperNextSignature { get; set; }

    /// <summary>When set, the next id_token carries this nonce instead of the one the authorize request gave.</summary>
    public string? NextNonce { get; set; }

    /// <summary>Authorize requests accepted (a code was given).</summary>
    public int Authorized => _authorized;

    /// <summary>Codes redeemed at the token endpoint.</summary>
    public int Redeemed => _redeemed;

    /// <summary>What the provider refused, and why (a real provider's error answers).</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    private int _authorized;
    private int _redeemed;

    /// <summary>Starts the provider on a free loopback port.</summary>
    public static async Task<FakeOpenIdProvider> StartAsync(string clientId, string clientSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app, clientId, clientSecret);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync();
        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return provider;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Issuer}/authorize",
        ["token_endpoint"] = $"{Issuer}/token",
        ["jwks_uri"] = $"{Issuer}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["scopes_supported"] = new[] { "openid", "profile", "email" },
    });

    private IResult Keys()
    {
        var parameters = _key.ExportParameters(false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) } } });
    }

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        // A real provider never redirects to an unregistered redirect_uri: it shows its own error page.
        if (q["client_id"] != ClientId || RedirectUri is null || q["redirect_uri"] != RedirectUri)
        {
            return Refuse($"authorize: unknown client {q["client_id"]} or redirect_uri {q["redirect_uri"]}", 400);
        }

        if (q["response_type"] != "code" || !q["scope"].ToString().Split(' ').Contains("openid")
            || q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["code_challenge"]) || string.IsNullOrEmpty(q["state"]) || string.IsNullOrEmpty(q["nonce"]))
        {
            return Refuse($"authorize: missing or wrong parameters {request.QueryString}", 400);
        }

        var code = Base64Url(RandomNumberGenerator.GetBytes(24));
        _codes[code] = new Grant(q["redirect_uri"]!, q["code_challenge"]!, q["nonce"]!, Person.DeepClone().AsObject());
        Interlocked.Increment(ref _authorized);
        return Results.Redirect(QueryHelpers.AddQueryString(RedirectUri, new Dictionary<string, string?> { ["code"] = code, ["state"] = q["state"] }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, secret) = ClientOf(request, form);
        if (clientId != ClientId || secret is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(ClientSecret)))
        {
            return Refuse("token: invalid_client", 401, "invalid_client");
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant))
        {
            return Refuse("token: unknown or reused code", 400, "invalid_grant");
        }

        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (form["redirect_uri"] != grant.RedirectUri || challenge != grant.Challenge)
        {
            return Refuse("token: redirect_uri or PKCE verifier does not match", 400, "invalid_grant");
        }

        Interlocked.Increment(ref _redeemed);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = grant.Person;
        claims["iss"] = Issuer;
        claims["aud"] = ClientId;
        claims["iat"] = now;
        claims["exp"] = now + 300;
        claims["nonce"] = NextNonce ?? grant.Nonce;
        NextNonce = null;
        var idToken = Sign(claims);
        if (TamperNextSignature)
        {
            TamperNextSignature = false;
            var signature = idToken[(idToken.LastIndexOf('.') + 1)..].ToCharArray();
            signature[10] = signature[10] == 'A' ? 'B' : 'A';
            idToken = idToken[..(idToken.LastIndexOf('.') + 1)] + new string(signature);
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = Base64Url(RandomNumberGenerator.GetBytes(24)),
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = idToken,
        });
    }

    private static (string? ClientId, string? Secret) ClientOf(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (form["client_id"].ToString(), form.ContainsKey("client_secret") ? form["client_secret"].ToString() : null);
    }

    private string Sign(JsonObject claims)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", kid = KeyId, typ = "JWT" }));
        var payload = Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = _key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private IResult Refuse(string why, int status, string error = "invalid_request")
    {
        Refusals.Enqueue(why);
        return Results.Json(new { error, error_description = why }, statusCode: status);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record Grant(string RedirectUri, string Challenge, string Nonce, JsonObject Person);
}
