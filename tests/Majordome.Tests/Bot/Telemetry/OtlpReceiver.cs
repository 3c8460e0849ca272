using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Majordome.Tests.Bot.Telemetry;

/// <summary>
/// A stand-in for an OpenTelemetry collector's OTLP/HTTP receiver on a loopback port: it takes what a collector
/// takes (POST /v1/traces, /v1/metrics, /v1/logs with a protobuf body), answers an empty protobuf response as a
/// collector does, refuses anything else with 400, and records which signal arrived.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _received = new();
    private readonly ConcurrentQueue<string> _refused = new();

    private OtlpReceiver(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The base address for OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The signals received (traces, metrics, logs), one per export.</summary>
    public IReadOnlyList<string> Received => _received.ToArray();

    /// <summary>What was refused, for failure messages.</summary>
    public IReadOnlyList<string> Refused => _refused.ToArray();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (signal is not ("traces" or "metrics" or "logs") || context.Request.ContentType != "application/x-protobuf" || body.Length == 0)
            {
                receiver._refused.Enqueue($"{signal} {context.Request.ContentType} {body.Length} bytes");
                return Results.BadRequest();
            }

            receiver._received.Enqueue(signal);
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        receiver.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
