namespace Majordome.Bot.DirectLine;

/// <summary>The Direct Line 3.0–compatible endpoint, bound from the "DirectLine" section of appsettings.json.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>The shortest secret accepted, in characters.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>
    /// The secret a web site's server exchanges for tokens; never sent to browsers. Set it with the environment
    /// variable <c>DirectLine__Secret</c>. Empty (the default): the bot makes up a random one at start-up, known to
    /// nobody, so its own chat page works (it mints tokens server-side) while <c>/v3/directline/tokens/generate</c>
    /// cannot be used by anyone.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>True when <see cref="Secret"/> was made up at start-up because none was configured.</summary>
    public bool SecretGenerated { get; set; }

    /// <summary>How long a token is valid; refresh it before it expires. Default 30 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest message text accepted, in characters (longer: 413). Default 2000.</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>A conversation with no new activity for this long is forgotten (its client gets 404). Default 1 hour.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often idle conversations are looked for. Default 1 minute.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most conversations held in memory; starting one more answers 503 until some go idle. Default 10000.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>How often an open WebSocket stream with nothing to say sends an empty keep-alive message. Default 30 seconds.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages one conversation (whatever its token) may post per minute; more answer 429. Default 30.</summary>
    public int MessagesPerConversationPerMinute { get; set; } = 30;

    /// <summary>
    /// Direct Line requests one IP address may make per minute (requests made with the secret, i.e. by a site's
    /// server, are not counted); more answer 429. Default 600 (a polling client makes 60).
    /// </summary>
    public int RequestsPerIpPerMinute { get; set; } = 600;

    /// <summary>
    /// The most activities a conversation keeps for clients that reconnect (the oldest go first; the bot's own
    /// state is not affected). Default 500.
    /// </summary>
    public int MaxHistoryActivities { get; set; } = 500;

    /// <summary>The most bytes (as JSON) of activities a conversation keeps; the oldest go first. Default 1 MiB.</summary>
    public long MaxHistoryBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The most bytes of history all conversations of this process may hold; beyond it, new conversations and
    /// visitors' messages answer 503 with Retry-After until idle conversations are removed. Default 256 MiB.
    /// </summary>
    public long MaxTotalHistoryBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// The largest <c>value</c> (a card's submitted data) a message may carry, in bytes of JSON; the same limit
    /// applies to its <c>channelData</c> and to its <c>entities</c>. Larger: 413. Default 16 KiB.
    /// </summary>
    public int MaxValueBytes { get; set; } = 16 * 1024;

    /// <summary>Whether a secret is set (configured or generated).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Secret);
}
