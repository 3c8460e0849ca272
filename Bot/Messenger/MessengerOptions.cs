namespace Majordome.Bot.Messenger;

/// <summary>
/// Meta's Messenger Platform (Messenger and Instagram), bound from the "Messenger" section of appsettings.json.
/// Secrets (<see cref="AppSecret"/>, <see cref="VerifyToken"/>, page tokens) come from environment variables
/// such as <c>Messenger__AppSecret</c> and <c>Messenger__Pages__0__AccessToken</c>, never from the repository.
/// </summary>
public sealed class MessengerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Messenger";

    /// <summary>The Meta app's id (App Dashboard → Settings → Basic); our own echoes carry it.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The Meta app's secret: the key of the webhook's <c>X-Hub-Signature-256</c>. Empty disables the channel.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The string typed in the App Dashboard's webhook settings, checked by the GET handshake.</summary>
    public string VerifyToken { get; set; } = string.Empty;

    /// <summary>The Graph API's base address; tests point it at a fake Graph server on loopback.</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.facebook.com");

    /// <summary>The Graph API version in every call's path.</summary>
    public string GraphVersion { get; set; } = "v25.0";

    /// <summary>The Facebook Pages (and their linked Instagram accounts) this bot answers for.</summary>
    public IList<MessengerPageOptions> Pages { get; } = [];

    /// <summary>
    /// How long a reply may take before the customer's message is marked seen and the typing indicator shows
    /// (<c>mark_seen</c>, <c>typing_on</c>); a quicker reply goes out without them, saving two Send API calls. Zero
    /// sends both at once, before every turn. From 0 to 10 seconds.
    /// </summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Whether consecutive plain texts of one turn go out as one message, a blank line between them, within the
    /// platform's text limit (Messenger 2000 characters, Instagram 1000 bytes): one Send API call instead of several,
    /// so a campaign burst is paced by fewer calls. Never across an attachment, a template or a text with quick replies
    /// (quick replies of the last text stay on the merged message). Default true; false sends one message per text.
    /// </summary>
    public bool MergeTexts { get; set; } = true;

    /// <summary>Whether the channel is configured (an app secret and at least one page).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(AppSecret) && Pages.Count > 0;

    /// <summary>The page whose id is <paramref name="accountId"/>, or whose linked Instagram account it is.</summary>
    public MessengerPageOptions? FindPage(string accountId) =>
        Pages.FirstOrDefault(p => p.PageId == accountId || (p.InstagramAccountId is { Length: > 0 } ig && ig == accountId));
}

/// <summary>One Facebook Page, optionally with the Instagram professional account linked to it.</summary>
public sealed class MessengerPageOptions
{
    /// <summary>The Page id (<c>entry.id</c> of <c>object: "page"</c> webhooks).</summary>
    public string PageId { get; set; } = string.Empty;

    /// <summary>The Page access token used for the Send API; never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The linked Instagram account id (<c>entry.id</c> of <c>object: "instagram"</c> webhooks), if any.</summary>
    public string? InstagramAccountId { get; set; }
}
