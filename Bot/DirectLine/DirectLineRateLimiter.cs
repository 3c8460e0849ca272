using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Majordome.Bot.WebChat;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// Token buckets against abuse: Direct Line requests per IP address, messages per conversation and chat-page
/// tokens per IP address, each refilled every minute. A refused request answers 429 with Retry-After.
/// </summary>
public sealed class DirectLineRateLimiter : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _requestsPerIp;
    private readonly PartitionedRateLimiter<string> _messagesPerConversation;
    private readonly PartitionedRateLimiter<string> _pageTokensPerIp;

    /// <summary>Creates the limiter from the configured limits.</summary>
    public DirectLineRateLimiter(IOptions<DirectLineOptions> directLine, IOptions<WebChatOptions> webChat)
    {
        ArgumentNullException.ThrowIfNull(directLine);
        ArgumentNullException.ThrowIfNull(webChat);
        _requestsPerIp = Buckets(directLine.Value.RequestsPerIpPerMinute);
        _messagesPerConversation = Buckets(directLine.Value.MessagesPerConversationPerMinute);
        _pageTokensPerIp = Buckets(webChat.Value.TokensPerIpPerMinute);
    }

    /// <summary>Counts a Direct Line request from <paramref name="address"/>; null if allowed, else when to retry.</summary>
    public TimeSpan? Request(IPAddress? address) => Acquire(_requestsPerIp, Key(address));

    /// <summary>Counts a message posted to <paramref name="conversationId"/>; null if allowed, else when to retry.</summary>
    public TimeSpan? Message(string conversationId) => Acquire(_messagesPerConversation, conversationId);

    /// <summary>Counts a chat-page token minted for <paramref name="address"/>; null if allowed, else when to retry.</summary>
    public TimeSpan? PageToken(IPAddress? address) => Acquire(_pageTokensPerIp, Key(address));

    /// <summary>Writes a 429 problem with its Retry-After header (whole seconds, at least 1).</summary>
    public static Task RejectAsync(HttpContext http, TimeSpan retryAfter, string detail)
    {
        ArgumentNullException.ThrowIfNull(http);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(http);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _requestsPerIp.Dispose();
        _messagesPerConversation.Dispose();
        _pageTokensPerIp.Dispose();
    }

    // IPv4 clients seen through an IPv6 socket count as themselves.
    private static string Key(IPAddress? address) =>
        address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static PartitionedRateLimiter<string> Buckets(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Period;
    }
}
