using Majordome.Bot.Identity;
using Microsoft.Bot.Builder;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the links that let a customer continue on another channel as the same customer.</summary>
public static class IdentityLinkServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IdentityLinkOptions"/>, the token signer, the links' store and the offer, and wraps the bot in
    /// <see cref="IdentityLinkingBot"/>. Call after every other decoration of the bot (AddMajordomePrivacy): the
    /// linked identity must be known before anything else reads the turn's customer key.
    /// </summary>
    public static IServiceCollection AddMajordomeIdentityLinks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<IdentityLinkOptions>().BindConfiguration(IdentityLinkOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.Secret) || o.Secret.Trim().Length >= 32, "IdentityLinks:Secret must be at least 32 characters (or empty for a key made per process, whose links stop working at a restart).")
            .Validate(o => o.TokenLifetime >= TimeSpan.FromMinutes(1) && o.TokenLifetime <= TimeSpan.FromHours(1), "IdentityLinks:TokenLifetime must be between 00:01:00 and 01:00:00, such as 00:15:00.")
            .Validate(o => string.IsNullOrWhiteSpace(o.MessengerPage) || o.MessengerPage.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'), "IdentityLinks:MessengerPage must be the Page's username or id as in m.me/<page> (letters, digits, '.', '-', '_').")
            .Validate(o => string.IsNullOrWhiteSpace(o.WhatsAppNumber) || o.WhatsAppNumber.Trim().TrimStart('+').All(char.IsAsciiDigit), "IdentityLinks:WhatsAppNumber must be the number in international format, digits only, such as 33612345678.")
            .Validate(o => string.IsNullOrWhiteSpace(o.InstagramAccount) || o.InstagramAccount.Trim().TrimStart('@') is { Length: > 0 and <= 30 } name && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_'), "IdentityLinks:InstagramAccount must be the account's username as in ig.me/m/<username> (letters, digits, '.', '_', at most 30).")
            .ValidateOnStart();
        services.AddSingleton<LinkTokenSigner>();
        services.AddSingleton<IdentityLinkCache>();
        services.AddSingleton(sp => new SqlIdentityLinks(sp.GetRequiredService<Majordome.Bot.Data.BusinessDatabase>(), sp.GetRequiredService<IdentityLinkCache>()));
        services.AddHostedService<IdentityLinkListener>();
        services.AddSingleton<IdentityLinkOffer>();
        services.AddSingleton<WebChatMenuOffer>();
        ServiceDecoration.Decorate<IBot>(services, (sp, inner) => new IdentityLinkingBot(
            inner, sp.GetRequiredService<SqlIdentityLinks>(), sp.GetRequiredService<LinkTokenSigner>(), sp.GetRequiredService<IdentityLinkOffer>(), sp.GetRequiredService<WebChatMenuOffer>(),
            sp.GetRequiredService<Majordome.Dialogs.Localization.Localizer>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<IdentityLinkingBot>>()));
        return services;
    }
}
