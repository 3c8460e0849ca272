using System.Net;

namespace Majordome.Bot.Endpoints;

/// <summary>Whether a request comes from this machine.</summary>
public static class LocalCaller
{
    /// <summary>
    /// True when the peer is a loopback address and no proxy says it forwarded the request: a reverse proxy on the
    /// same machine connects from loopback on behalf of anyone, and announces itself with these headers.
    /// </summary>
    public static bool IsLocal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var peer = http.Connection.RemoteIpAddress;
        if (peer is null || !IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer))
        {
            return false;
        }

        var headers = http.Request.Headers;
        return !headers.ContainsKey("Forwarded") && !headers.ContainsKey("X-Forwarded-For") && !headers.ContainsKey("X-Real-IP");
    }
}
