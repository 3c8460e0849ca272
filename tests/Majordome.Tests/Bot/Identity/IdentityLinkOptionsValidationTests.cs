using Majordome.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace Majordome.Tests.Bot.Identity;

/// <summary>The identity links' options: a weak secret, an odd lifetime or a malformed page or number stops the start, naming the key.</summary>
public sealed class IdentityLinkOptionsValidationTests
{
    [Theory]
    [InlineData("IdentityLinks:Secret", "too-short-a-secret", "IdentityLinks:Secret")]
    [InlineData("IdentityLinks:TokenLifetime", "00:00:10", "IdentityLinks:TokenLifetime")]
    [InlineData("IdentityLinks:TokenLifetime", "02:00:00", "IdentityLinks:TokenLifetime")]
    [InlineData("IdentityLinks:MessengerPage", "https://m.me/maisontasse", "IdentityLinks:MessengerPage")]
    [InlineData("IdentityLinks:WhatsAppNumber", "+33 6 12 34 56 78", "IdentityLinks:WhatsAppNumber")]
    [InlineData("IdentityLinks:InstagramAccount", "https://ig.me/m/maisontasse", "IdentityLinks:InstagramAccount")]
    [InlineData("IdentityLinks:InstagramAccount", "maison tasse", "IdentityLinks:InstagramAccount")]
    public void Validate_InvalidValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShippedSettingsAndAConfiguredPageAndNumber_Pass()
    {
        using var provider = Provider(new() { ["IdentityLinks:MessengerPage"] = "maison.tasse", ["IdentityLinks:WhatsAppNumber"] = "+33612345678", ["IdentityLinks:InstagramAccount"] = "@maison_tasse.paris" });

        Assert.Null(Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate()));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Harness.RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(Mock.Of<IBot>());
        services.AddMajordomeIdentityLinks();
        return services.BuildServiceProvider();
    }
}
