using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Health;

/// <summary>
/// <c>GET /readyz</c>: 503 while the instance is still starting (<see cref="StartupReadiness"/>), answered before the
/// health checks run, because ASP.NET Core logs every unhealthy check at error level and a load balancer probing a
/// warming instance twice a second would trip alerting with twenty such lines per start. Once started, the health
/// checks answer as usual, and a storage that fails its write probe is logged as the error it is.
/// </summary>
public static class ReadinessEndpoint
{
    /// <summary>Maps the readiness probe at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder endpoints, string pattern = "/readyz")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pipeline = endpoints.CreateApplicationBuilder()
            .Use(next => http => http.RequestServices.GetRequiredService<StartupReadiness>().IsReady ? next(http) : StartingAsync(http))
            .UseMiddleware<HealthCheckMiddleware>(Options.Create(new HealthCheckOptions()))
            .Build();
        return endpoints.Map(pattern, pipeline).WithDisplayName("Readiness checks");
    }

    private static Task StartingAsync(HttpContext http)
    {
        // The same answer the health checks give when one fails, so a probe reads it the same way.
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.CacheControl = "no-store, no-cache";
        http.Response.ContentType = "text/plain";
        return http.Response.WriteAsync("Unhealthy", http.RequestAborted);
    }
}
