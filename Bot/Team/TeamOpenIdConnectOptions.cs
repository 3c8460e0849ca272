namespace Majordome.Bot.Team;

/// <summary>
/// Signing in to the team console through the brand's OpenID Connect provider (section <c>Team:OpenIdConnect</c>);
/// off while <see cref="Authority"/> is empty. The client secret belongs in the environment or user secrets
/// (<c>Team__OpenIdConnect__ClientSecret</c>), never in appsettings.json.
/// </summary>
public sealed class TeamOpenIdConnectOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Team:OpenIdConnect";

    /// <summary>The provider's issuer URL (its discovery document is under <c>/.well-known/openid-configuration</c>); https, or http on loopback only.</summary>
    public string? Authority { get; set; }

    /// <summary>The console's client id at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The console's client secret at the provider (environment or user secrets only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in button ("Sign in with Microsoft"). Empty: the authority's host.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The id_token claim that carries the person's groups or roles (one claim, or an array).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Values of <see cref="RoleClaim"/> that make an admin. Empty: the value <c>admin</c>.</summary>
    public IList<string> AdminValues { get; } = [];

    /// <summary>Values of <see cref="RoleClaim"/> that make an agent. Empty: the value <c>agent</c>.</summary>
    public IList<string> AgentValues { get; } = [];

    /// <summary>Email domains allowed to sign in (<c>maison-tasse.fr</c>); with <see cref="AllowedEmails"/> empty too, any person the role mapping admits.</summary>
    public IList<string> AllowedEmailDomains { get; } = [];

    /// <summary>Email addresses allowed to sign in, besides those of <see cref="AllowedEmailDomains"/>.</summary>
    public IList<string> AllowedEmails { get; } = [];

    /// <summary>Whether the name-and-password form stays beside the provider's button (false: the provider only).</summary>
    public bool PasswordSignIn { get; set; } = true;

    /// <summary>
    /// How long a session the provider opened is kept before it goes back through the provider (1 second to 1 day):
    /// a person whose role is removed there, or who is removed, is refused at their first request after it, not at
    /// the end of the session. The provider's own session usually signs a person still in the team in again without
    /// a word. Accounts with a password are checked against the database at every request already.
    /// </summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether the provider is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The name on the button.</summary>
    public string ProviderName => !string.IsNullOrWhiteSpace(DisplayName)
        ? DisplayName
        : Uri.TryCreate(Authority, UriKind.Absolute, out var uri) ? uri.Host : "OpenID Connect";
}
