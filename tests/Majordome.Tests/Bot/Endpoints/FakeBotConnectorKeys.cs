using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>
/// The Bot Connector service's signing keys, served over HTTPS on loopback as login.botframework.com serves them
/// (an OpenID configuration whose jwks_uri lists RSA keys with their channel endorsements). The Bot Framework SDK
/// fetches metadata over HTTPS only, so the server's certificate is issued by a test authority whose PEM file a
/// bot process is told to trust (SSL_CERT_FILE).
/// </summary>
public sealed class FakeBotConnectorKeys : IAsyncDisposable
{
    /// <summary>The key id of the one key the fake serves.</summary>
    public const string KeyId = "majordome-test-key";

    private readonly WebApplication _app;

    private FakeBotConnectorKeys(WebApplication app, RSA signingKey, string authorityFile, Uri baseAddress)
    {
        _app = app;
        SigningKey = signingKey;
        AuthorityPemFile = authorityFile;
        BaseAddress = baseAddress;
    }

    /// <summary>The private half of the served key: tokens signed with it are genuine.</summary>
    public RSA SigningKey { get; }

    /// <summary>A PEM file with the certificate authority that issued the server's certificate.</summary>
    public string AuthorityPemFile { get; }

    /// <summary>Where the fake listens (https://127.0.0.1:port/).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The OpenID metadata address to configure as ToBotFromChannelOpenIdMetadataUrl.</summary>
    public string MetadataUrl => new Uri(BaseAddress, "v1/.well-known/openidconfiguration").ToString();

    /// <summary>Starts the fake with a fresh key and certificate authority.</summary>
    public static async Task<FakeBotConnectorKeys> StartAsync(string directory, IReadOnlyList<string> endorsements)
    {
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=Majordome test authority", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var authority = authorityRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(serverKey);
        var serverCertificate = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);

        Directory.CreateDirectory(directory);
        var authorityFile = Path.Combine(directory, "test-authority.pem");
        await File.WriteAllTextAsync(authorityFile, authority.ExportCertificatePem());

        var signingKey = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serverCertificate)));
        var app = builder.Build();
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = $"https://{http.Request.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        var parameters = signingKey.ExportParameters(false);
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                    ["endorsements"] = endorsements,
                },
            },
        }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeBotConnectorKeys(app, signingKey, authorityFile, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SigningKey.Dispose();
    }
}
