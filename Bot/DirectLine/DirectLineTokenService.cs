using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.DirectLine;

/// <summary>What <see cref="DirectLineTokenService.Validate"/> found.</summary>
public enum DirectLineTokenStatus
{
    /// <summary>Signed by us and not expired.</summary>
    Valid,

    /// <summary>Not a token of ours (wrong shape, unreadable payload).</summary>
    Malformed,

    /// <summary>The signature does not match: forged, altered, or signed with another secret.</summary>
    BadSignature,

    /// <summary>Signed by us but past its expiry.</summary>
    Expired,
}

/// <summary>What a token may be used for.</summary>
public enum DirectLineTokenKind
{
    /// <summary>The REST API of one conversation (start, post, get, refresh, reconnect).</summary>
    Conversation,

    /// <summary>Only opening the WebSocket stream of one conversation, shortly after it was issued.</summary>
    Stream,
}

/// <summary>A token issued for one conversation.</summary>
/// <param name="Token">The opaque token, sent as <c>Authorization: Bearer</c>.</param>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="UserId">The user the token is bound to, if the issuer named one.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="Locale">The visitor's locale the issuer named (the page's language), if any.</param>
public sealed record DirectLineToken(string Token, string ConversationId, string? UserId, int ExpiresIn, string? Locale = null);

/// <summary>The outcome of validating a token.</summary>
/// <param name="Status">Valid, or why not.</param>
/// <param name="ConversationId">The bound conversation when valid.</param>
/// <param name="UserId">The bound user when valid and the issuer named one.</param>
/// <param name="Kind">What the token may be used for, when valid.</param>
/// <param name="Locale">The visitor's locale the issuer named, when valid.</param>
/// <param name="Nonce">A stream token's unique id, so it opens one socket only (<see cref="DirectLineStreamTickets"/>).</param>
/// <param name="ExpiresAt">When the token expires, when valid.</param>
public sealed record DirectLineTokenValidation(DirectLineTokenStatus Status, string? ConversationId = null, string? UserId = null, DirectLineTokenKind Kind = DirectLineTokenKind.Conversation, string? Locale = null, string? Nonce = null, DateTimeOffset? ExpiresAt = null);

/// <summary>
/// Issues, validates and refreshes Direct Line tokens: <c>dl1.&lt;payload&gt;.&lt;signature&gt;</c>, the payload a
/// base64url JSON object (conversation, optional user and locale, kind, expiry in Unix seconds) and the signature its HMAC-SHA256
/// under <see cref="DirectLineSigningKey"/> (derived from <see cref="DirectLineOptions.Secret"/>). Nothing is stored: changing the secret
/// invalidates every token.
/// </summary>
public sealed class DirectLineTokenService
{
    /// <summary>How long a stream token (in a streamUrl) may be used to open the WebSocket.</summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromMinutes(2);

    /// <summary>The longest locale accepted in a token ("fr-FR", "en-US", ...).</summary>
    public const int MaxLocaleLength = 35;

    private const string Prefix = "dl1.";
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _time;
    private readonly DirectLineSigningKey _key;

    /// <summary>Creates the service; <paramref name="key"/> (shared by the instances of one database) defaults to one derived from the options' secret.</summary>
    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time, DirectLineSigningKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _key = key ?? new DirectLineSigningKey(options);
    }

    /// <summary>
    /// Issues a conversation token for <paramref name="conversationId"/>, optionally bound to <paramref name="userId"/>
    /// and carrying the visitor's <paramref name="locale"/> (used for the greeting when the conversation starts).
    /// </summary>
    /// <exception cref="InvalidOperationException">No secret is configured.</exception>
    public DirectLineToken Issue(string conversationId, string? userId = null, string? locale = null) =>
        Issue(conversationId, userId, locale, DirectLineTokenKind.Conversation, _options.Value.TokenLifetime);

    /// <summary>Issues a short-lived token that only opens the WebSocket stream of <paramref name="conversationId"/>.</summary>
    public DirectLineToken IssueStreamToken(string conversationId, string? userId) =>
        Issue(conversationId, userId, null, DirectLineTokenKind.Stream, StreamTokenLifetime);

    /// <summary>Whether <paramref name="locale"/> looks like a BCP 47 tag short enough to carry ("fr", "en-US").</summary>
    public static bool IsPlausibleLocale(string? locale) =>
        !string.IsNullOrEmpty(locale) && locale.Length <= MaxLocaleLength && locale.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private DirectLineToken Issue(string conversationId, string? userId, string? locale, DirectLineTokenKind kind, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var expires = _time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = new JObject { ["c"] = conversationId, ["e"] = expires };
        if (userId is not null)
        {
            payload["u"] = userId;
        }

        if (IsPlausibleLocale(locale))
        {
            payload["l"] = locale;
        }

        if (kind == DirectLineTokenKind.Stream)
        {
            // A stream URL opens one socket: its token carries an id the stream endpoint uses up.
            payload["k"] = "s";
            payload["n"] = Base64Url(RandomNumberGenerator.GetBytes(12));
        }

        var payloadPart = Base64Url(Encoding.UTF8.GetBytes(payload.ToString(Formatting.None)));
        var token = $"{Prefix}{payloadPart}.{Base64Url(Sign(payloadPart))}";
        return new DirectLineToken(token, conversationId, userId, (int)lifetime.TotalSeconds, IsPlausibleLocale(locale) ? locale : null);
    }

    /// <summary>Checks the signature and the expiry of <paramref name="token"/>.</summary>
    public DirectLineTokenValidation Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 4096)
        {
            return new(DirectLineTokenStatus.Malformed);
        }

        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 2 || FromBase64Url(parts[1]) is not { } signature)
        {
            return new(DirectLineTokenStatus.Malformed);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0])))
        {
            return new(DirectLineTokenStatus.BadSignature);
        }

        JObject payload;
        try
        {
            payload = JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[0]) ?? []));
        }
        catch (JsonException)
        {
            return new(DirectLineTokenStatus.Malformed);
        }

        if (payload["c"] is not JValue { Type: JTokenType.String } c || payload["e"] is not JValue { Type: JTokenType.Integer } e)
        {
            return new(DirectLineTokenStatus.Malformed);
        }

        if (_time.GetUtcNow().ToUnixTimeSeconds() >= e.Value<long>())
        {
            return new(DirectLineTokenStatus.Expired);
        }

        var kind = payload.Value<string>("k") == "s" ? DirectLineTokenKind.Stream : DirectLineTokenKind.Conversation;
        return new(DirectLineTokenStatus.Valid, c.Value<string>(), payload.Value<string>("u"), kind, payload.Value<string>("l"), payload.Value<string>("n"), DateTimeOffset.FromUnixTimeSeconds(e.Value<long>()));
    }

    /// <summary>A fresh token for the same conversation, user and locale, or null when <paramref name="token"/> is not a valid conversation token.</summary>
    public DirectLineToken? Refresh(string? token)
    {
        var validation = Validate(token);
        return validation is { Status: DirectLineTokenStatus.Valid, Kind: DirectLineTokenKind.Conversation }
            ? Issue(validation.ConversationId!, validation.UserId, validation.Locale)
            : null;
    }

    private byte[] Sign(string payloadPart) => HMACSHA256.HashData(_key.Key, Encoding.ASCII.GetBytes(payloadPart));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

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
