namespace Majordome.Bot.WhatsApp;

/// <summary>
/// The WhatsApp Cloud API channel, bound from the "WhatsApp" section of appsettings.json. Secrets (<see cref="AppSecret"/>,
/// <see cref="VerifyToken"/>, the numbers' tokens) come from environment variables such as <c>WhatsApp__AppSecret</c>
/// and <c>WhatsApp__PhoneNumbers__0__AccessToken</c>, never from the repository.
/// </summary>
public sealed class WhatsAppOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "WhatsApp";

    /// <summary>The Meta app's secret: the key of the webhook's <c>X-Hub-Signature-256</c>. Empty disables the channel.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The string typed in the App Dashboard's WhatsApp webhook settings, checked by the GET handshake.</summary>
    public string VerifyToken { get; set; } = string.Empty;

    /// <summary>The Graph API's base address; tests point it at a fake Graph server on loopback.</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.facebook.com");

    /// <summary>The Graph API version in every call's path.</summary>
    public string GraphVersion { get; set; } = "v25.0";

    /// <summary>The business phone numbers this bot answers for.</summary>
    public IList<WhatsAppNumberOptions> PhoneNumbers { get; } = [];

    /// <summary>
    /// How long a reply may take before the customer's message is marked read with the typing indicator (one Cloud API
    /// call, <c>status: read</c> with <c>typing_indicator</c>): Meta recommends the indicator for a reply that takes a
    /// few seconds, and a quicker reply goes out without that call, so a campaign burst spends one call per answer
    /// instead of two (the message is marked read, with all earlier ones, the next time a reply is slow). Zero marks
    /// every message read at once, before its turn. From 0 to 10 seconds; default half a second.
    /// </summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether the channel is configured (an app secret and at least one phone number).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(AppSecret) && PhoneNumbers.Count > 0;

    /// <summary>The number whose id is <paramref name="phoneNumberId"/>, or null.</summary>
    public WhatsAppNumberOptions? FindNumber(string? phoneNumberId) =>
        PhoneNumbers.FirstOrDefault(n => n.PhoneNumberId == phoneNumberId);
}

/// <summary>One WhatsApp business phone number.</summary>
public sealed class WhatsAppNumberOptions
{
    /// <summary>The phone number id (WhatsApp Manager → API Setup; <c>metadata.phone_number_id</c> of webhooks).</summary>
    public string PhoneNumberId { get; set; } = string.Empty;

    /// <summary>A permanent system-user access token with <c>whatsapp_business_messaging</c>; never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The message templates Meta approved for this number: the only messages allowed outside the 24-hour window.</summary>
    public IList<WhatsAppTemplateOptions> Templates { get; } = [];

    /// <summary>Whether <paramref name="name"/> in <paramref name="language"/> is an approved template of this number.</summary>
    public bool HasTemplate(string name, string language) =>
        Templates.Any(t => t.Name == name && string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An approved message template, as named in WhatsApp Manager.</summary>
public sealed class WhatsAppTemplateOptions
{
    /// <summary>The template's name, for example <c>booking_reminder</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its language code, for example <c>fr</c> or <c>en_US</c>.</summary>
    public string Language { get; set; } = string.Empty;
}
