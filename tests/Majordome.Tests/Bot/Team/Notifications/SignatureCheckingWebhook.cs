using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.Team.Notifications;

/// <summary>
/// The brand's receiving end, on loopback: checks each POST as a receiver should (JSON, a timestamp within five
/// minutes, an HMAC-SHA256 of "{timestamp}.{body}" computed here independently and compared in constant time), answers
/// 401 to a bad one, and otherwise the statuses it was told to (503 first, say) before 200.
/// </summary>
public sealed class SignatureCheckingWebhook : IAsyncDisposable
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly ConcurrentQueue<int> _statuses;

    private SignatureCheckingWebhook(WebApplication app, string secret, IEnumerable<int> statuses)
    {
        _app = app;
        _secret = secret;
        _statuses = new ConcurrentQueue<int>(statuses);
    }

    /// <summary>Where it listens.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request: its body, whether its signature was valid, and the status answered.</summary>
    public ConcurrentQueue<(string Body, bool Valid, int Status)> Received { get; } = new();

    /// <summary>Starts it; it answers <paramref name="statuses"/> in turn to valid requests, then 200.</summary>
    public static async Task<SignatureCheckingWebhook> StartAsync(string secret, params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var webhook = new SignatureCheckingWebhook(app, secret, statuses);
        app.MapPost("/hooks/majordome", webhook.HandleAsync);
        await app.StartAsync();
        webhook.Url = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/hooks/majordome");
        return webhook;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var valid = context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true && IsSigned(context.Request.Headers, body);
        var status = !valid ? 401 : _statuses.TryDequeue(out var next) ? next : 200;
        Received.Enqueue((Encoding.UTF8.GetString(body), valid, status));
        context.Response.StatusCode = status;
    }

    private bool IsSigned(IHeaderDictionary headers, byte[] body)
    {
        if (!long.TryParse(headers["X-Majordome-Timestamp"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > Tolerance)
        {
            return false;
        }

        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), signed)));
        var given = Encoding.ASCII.GetBytes(headers["X-Majordome-Signature"].ToString());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
