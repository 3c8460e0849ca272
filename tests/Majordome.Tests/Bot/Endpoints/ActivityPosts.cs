using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>Activities and callers for the /api/messages door tests.</summary>
internal static class ActivityPosts
{
    /// <summary>A message activity as a Bot Framework channel would post it.</summary>
    public static JObject Message(string channelId, string userId, string serviceUrl = "http://127.0.0.1:1/", bool expectReplies = true, string text = "hello")
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JObject { ["id"] = userId },
            ["recipient"] = new JObject { ["id"] = "bot" },
            ["conversation"] = new JObject { ["id"] = Guid.NewGuid().ToString() },
            ["text"] = text,
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    /// <summary>Posts <paramref name="activity"/> to /api/messages, with <paramref name="authorization"/> when given.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JObject activity, string? authorization = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        return client.SendAsync(request);
    }

    /// <summary>
    /// An IPv4 address of this machine that is not loopback: a request the bot receives on it comes from a peer
    /// that is not 127.0.0.1, as a caller elsewhere on the network would.
    /// </summary>
    public static string NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !System.Net.IPAddress.IsLoopback(a))
            ?.ToString()
        ?? throw new InvalidOperationException("This machine has no non-loopback IPv4 address to test a remote caller with.");
}
