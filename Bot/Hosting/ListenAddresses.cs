using Microsoft.Extensions.Configuration;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Where the bot listens. ASP.NET Core's own settings decide, as in any ASP.NET Core app: <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> / <c>ASPNETCORE_HTTPS_PORTS</c> (the official .NET container images set
/// <c>ASPNETCORE_HTTP_PORTS=8080</c>), <c>--urls</c>, or <c>Urls</c> in configuration. Only when none is set does the
/// bot take its development address, <see cref="Development"/>: a newcomer's <c>dotnet run</c> is reachable on this
/// machine only, and a container's port setting is never overridden by a file.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The address when nothing says otherwise: this machine only, Bot Framework's usual port.</summary>
    public const string Development = "http://localhost:3978";

    // The configuration keys ASP.NET Core reads (the ASPNETCORE_ and DOTNET_ prefixes are taken off).
    private const string UrlsKey = "urls";
    private const string HttpPortsKey = "http_ports";
    private const string HttpsPortsKey = "https_ports";

    /// <summary>Whether <paramref name="configuration"/> says where to listen.</summary>
    public static bool AreConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[UrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[HttpsPortsKey]);
    }

    /// <summary>
    /// Where the instance listens, as written in its settings (its URLs, else its ports, else
    /// <see cref="Development"/>): part of an instance's default name among several.
    /// </summary>
    public static string Describe(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[UrlsKey] is { Length: > 0 } urls && !string.IsNullOrWhiteSpace(urls))
        {
            return urls.Trim();
        }

        var ports = string.Join(';', new[] { configuration[HttpPortsKey], configuration[HttpsPortsKey] }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return ports.Length > 0 ? "ports " + ports : Development;
    }
}
