using System.Security.Cryptography;
using System.Text;
using Majordome.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WebChat;

/// <summary>
/// Visitor credentials: what the chat page keeps in the browser so that a returning visitor (a reload, the other
/// language, tomorrow) is the same customer, with their cart and bookings. A credential is
/// <c>v1.&lt;payload&gt;.&lt;signature&gt;</c>: the payload names a user id the server made up and an expiry, the
/// signature is its HMAC-SHA256 under <see cref="WebChatVisitorKey"/>. The browser never chooses the id: a
/// credential it altered or made up is refused.
/// </summary>
public sealed class WebChatVisitorCredentials
{
    /// <summary>The longest credential read.</summary>
    public const int MaxLength = 512;

    private const string Prefix = "v1.";
    private readonly WebChatVisitorKey _key;
    private readonly IOptions<WebChatOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public WebChatVisitorCredentials(WebChatVisitorKey key, IOptions<WebChatOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _key = key;
        _options = options;
        _time = time;
    }

    /// <summary>A credential for a new visitor, with a user id made up here.</summary>
    public WebChatVisitor IssueNew() => Issue(DirectLineConversationStore.NewUserId());

    /// <summary>A fresh credential (renewed expiry) for <paramref name="userId"/>.</summary>
    public WebChatVisitor Issue(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var expires = _time.GetUtcNow().Add(_options.Value.VisitorLifetime).ToUnixTimeSeconds();
        var payload = Base64Url(Encoding.UTF8.GetBytes(new JObject { ["u"] = userId, ["e"] = expires }.ToString(Formatting.None)));
        return new WebChatVisitor(userId, $"{Prefix}{payload}.{Base64Url(Sign(payload))}");
    }

    /// <summary>The user id <paramref name="credential"/> was issued for, or null when it is not one of ours, altered or expired.</summary>
    public string? Validate(string? credential)
    {
        if (string.IsNullOrEmpty(credential) || credential.Length > MaxLength || !credential.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = credential[Prefix.Length..].Split('.');
        if (parts.Length != 2 || FromBase64Url(parts[1]) is not { } signature || !CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0])))
        {
            return null;
        }

        try
        {
            var payload = JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[0]) ?? []));
            return payload["u"] is JValue { Type: JTokenType.String } user && payload["e"] is JValue { Type: JTokenType.Integer } expires
                && _time.GetUtcNow().ToUnixTimeSeconds() < expires.Value<long>()
                    ? user.Value<string>()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key.Key, Encoding.ASCII.GetBytes(payload));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>A web visitor: the user id the bot knows them by and the credential their browser keeps.</summary>
/// <param name="UserId">The Direct Line user id bound into their tokens.</param>
/// <param name="Credential">The signed credential the page stores and presents again.</param>
public sealed record WebChatVisitor(string UserId, string Credential);
