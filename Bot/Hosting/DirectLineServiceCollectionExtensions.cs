using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Majordome.Bot.DirectLine;
using Majordome.Bot.DirectLine.Postgres;
using Majordome.Bot.WebChat;
using Majordome.Dialogs;
using Majordome.Dialogs.Localization;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the web channel: the Direct Line 3.0–compatible endpoint and the bot's own chat page.</summary>
public static partial class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DirectLineOptions"/> and <see cref="WebChatOptions"/> (validated at start-up), the token
    /// service, the conversation store and its idle cleanup, the rate limiter, <see cref="DirectLineAdapter"/>,
    /// the chat page, CORS for the Direct Line routes and the start-up line giving the chat URL. The bot itself
    /// comes from <see cref="BotServiceCollectionExtensions.AddMajordomeBot"/>.
    /// </summary>
    public static IServiceCollection AddMajordomeDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .PostConfigure(o =>
            {
                // No secret configured: one nobody knows, so the bot's own page can mint tokens server-side
                // while tokens/generate stays closed to everyone.
                if (string.IsNullOrWhiteSpace(o.Secret))
                {
                    o.Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                    o.SecretGenerated = true;
                }
            })
            .Validate(o => o.Secret.Trim().Length >= DirectLineOptions.MinimumSecretLength, $"DirectLine:Secret must be at least {DirectLineOptions.MinimumSecretLength} characters (or empty for a random one known to nobody).")
            .Validate(o => o.TokenLifetime >= TimeSpan.FromMinutes(1) && o.TokenLifetime <= TimeSpan.FromHours(24), "DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.")
            .Validate(o => o.MaxTextLength is >= 1 and <= 100_000, "DirectLine:MaxTextLength must be between 1 and 100000.")
            .Validate(o => o.IdleTimeout >= TimeSpan.FromSeconds(1), "DirectLine:IdleTimeout must be at least 00:00:01.")
            .Validate(o => o.CleanupInterval >= TimeSpan.FromMilliseconds(100), "DirectLine:CleanupInterval must be at least 00:00:00.1.")
            .Validate(o => o.KeepAliveInterval >= TimeSpan.FromMilliseconds(100), "DirectLine:KeepAliveInterval must be at least 00:00:00.1.")
            .Validate(o => o.MaxConversations >= 1, "DirectLine:MaxConversations must be at least 1.")
            .Validate(o => o.MaxHistoryActivities >= 1 && o.MaxHistoryBytes >= 1024, "DirectLine:MaxHistoryActivities must be at least 1 and DirectLine:MaxHistoryBytes at least 1024.")
            .Validate(o => o.MaxTotalHistoryBytes >= o.MaxHistoryBytes, "DirectLine:MaxTotalHistoryBytes must be at least DirectLine:MaxHistoryBytes.")
            .Validate(o => o.MaxValueBytes is >= 256 and <= DirectLineEndpoints.MaxBodyBytes, $"DirectLine:MaxValueBytes must be between 256 and {DirectLineEndpoints.MaxBodyBytes}.")
            .Validate(o => o.MessagesPerConversationPerMinute >= 1 && o.RequestsPerIpPerMinute >= 1, "DirectLine:MessagesPerConversationPerMinute and DirectLine:RequestsPerIpPerMinute must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName)
            .Validate(o => new[] { o.AccentColor, o.BotBubbleColor, o.BotBubbleTextColor, o.UserBubbleTextColor }.All(c => HexColor().IsMatch(c)), "WebChat colours must be CSS hex colours such as #6b3e26.")
            .Validate(o => IsUrlOrPath(o.BundleUrl), "WebChat:BundleUrl must be an http(s) URL or a path starting with a single /.")
            .Validate(o => string.IsNullOrEmpty(o.BotAvatarImage) || IsUrlOrPath(o.BotAvatarImage), "WebChat:BotAvatarImage must be an http(s) URL or a path starting with a single /.")
            .Validate(o => o.BotAvatarInitials.Length <= 3, "WebChat:BotAvatarInitials must be at most 3 characters.")
            .Validate(o => o.TokensPerIpPerMinute >= 1, "WebChat:TokensPerIpPerMinute must be at least 1.")
            .Validate(o => Integrity().IsMatch(o.EffectiveBundleIntegrity), "WebChat:BundleIntegrity must be set when WebChat:BundleUrl is changed: the bundle's sha384 as \"sha384-<base64>\" (openssl dgst -sha384 -binary webchat.js | openssl base64 -A).")
            .Validate(o => o.FrameAncestors.All(IsOrigin), "WebChat:FrameAncestors must be origins such as https://www.maison-tasse.fr (scheme, host and optional port, no path).")
            .Validate(o => string.IsNullOrEmpty(o.VisitorKey) || o.VisitorKey.Trim().Length >= 32, "WebChat:VisitorKey must be at least 32 characters (or empty for a generated one kept in the data directory).")
            .Validate(o => o.VisitorLifetime >= TimeSpan.FromDays(1), "WebChat:VisitorLifetime must be at least 1.00:00:00.")
            .ValidateOnStart();

        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.BaseUrl) || (Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query)), "Public:BaseUrl must be an http(s) URL without a query, such as https://chat.maison-tasse.fr/ (or empty).")
            .ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<DirectLineStreamTickets>();
        services.AddSingleton<DirectLineSigningKey>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversationStore>();

        // On PostgreSQL the conversations, their activities, the used stream tokens and the signing key are shared by
        // the instances, which hear each other's replies (LISTEN/NOTIFY); elsewhere they stay in this process's memory.
        services.AddSingleton<DirectLineChangeSignals>();
        services.AddSingleton<IDirectLineConversations>(sp => UsesPostgres(sp)
            ? ActivatorUtilities.CreateInstance<PostgresDirectLineConversations>(sp)
            : sp.GetRequiredService<DirectLineConversationStore>());
        services.AddSingleton<IDirectLineStreamTickets>(sp => UsesPostgres(sp)
            ? ActivatorUtilities.CreateInstance<PostgresDirectLineStreamTickets>(sp)
            : sp.GetRequiredService<DirectLineStreamTickets>());
        services.AddHostedService<PostgresDirectLineSetup>();
        services.AddSingleton<DirectLineListener>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineListener>());
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<DirectLineConversationCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineConversationCleanup>());
        services.AddHostedService<ChatUrlAnnouncer>();
        services.AddSingleton<WebChatVisitorKey>();
        services.AddSingleton<WebChatVisitorCredentials>();
        services.AddSingleton<WebChatLanguageChoice>();
        services.AddSingleton(sp => new ChatPageSecurityPolicy(sp.GetRequiredService<IOptions<WebChatOptions>>().Value, sp.GetRequiredService<PublicAddress>()));
        services.AddSingleton(sp => new WebChatPage(
            sp.GetRequiredService<IOptions<WebChatOptions>>().Value,
            sp.GetRequiredService<IOptions<BrandOptions>>().Value.Name,
            sp.GetRequiredService<Localizer>()));

        // Credentials are bearer tokens, never cookies: any site may call Direct Line from its pages.
        services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
            .WithMethods("GET", "POST")
            .WithExposedHeaders("Retry-After")));
        return services;
    }

    private static bool UsesPostgres(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgres;

    private static bool IsUrlOrPath(string value) =>
        (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    // "https://host" or "https://host:port": an origin, which is all frame-ancestors can name safely.
    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && value.TrimEnd('/').Count(c => c == '/') == 2 && !value.Any(c => char.IsWhiteSpace(c) || c is '?' or ';' or ',' or '\'');

    [GeneratedRegex("^(?:sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex Integrity();

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColor();
}
