using Majordome.Bot.DirectLine;

namespace Majordome.Bot.Hosting;

/// <summary>Registers the Direct Line 3.0–compatible endpoint's services.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DirectLineOptions"/> (validated at start-up), the token service, the conversation store and
    /// <see cref="DirectLineAdapter"/>. The bot itself comes from <see cref="BotServiceCollectionExtensions.AddMajordomeBot"/>.
    /// </summary>
    public static IServiceCollection AddMajordomeDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => !o.Enabled || o.Secret.Trim().Length >= DirectLineOptions.MinimumSecretLength, $"DirectLine:Secret must be at least {DirectLineOptions.MinimumSecretLength} characters (or empty to disable Direct Line).")
            .Validate(o => o.TokenLifetime >= TimeSpan.FromMinutes(1) && o.TokenLifetime <= TimeSpan.FromHours(24), "DirectLine:TokenLifetime must be between 00:01:00 and 1.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineAdapter>();
        return services;
    }
}
