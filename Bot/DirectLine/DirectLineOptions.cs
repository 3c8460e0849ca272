namespace Majordome.Bot.DirectLine;

/// <summary>The Direct Line 3.0–compatible endpoint, bound from the "DirectLine" section of appsettings.json.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>The shortest secret accepted, in characters.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>
    /// The secret a web site's server exchanges for tokens; never sent to browsers. Empty (the default) disables
    /// the endpoint, which then answers 503. Set it with the environment variable <c>DirectLine__Secret</c>.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long a token is valid; refresh it before it expires. Default 30 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether a secret is configured, which enables the endpoint.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Secret);
}
