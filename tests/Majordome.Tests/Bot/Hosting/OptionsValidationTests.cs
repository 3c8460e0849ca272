using Majordome.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>
/// A wrong configuration value fails the start-up validation (which the host runs before serving) with a message
/// naming the key. Checked on the real registrations without starting a server: WebApplicationFactory reports a
/// failed start as an ObjectDisposedException at random, which would hide the message.
/// </summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("Conversation:DefaultLanguage", "de", "Conversation:DefaultLanguage")]
    [InlineData("Conversation:DefaultTimeZone", "Mars/Olympus_Mons", "Conversation:DefaultTimeZone")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider")]
    [InlineData("Storage:Provider", "Postgres", "Storage:ConnectionString")]
    [InlineData("Brand:Name", "", "Brand:Name")]
    [InlineData("Brand:ContentDirectory", "/no/such/folder", "brand.yaml")]
    [InlineData("Flows:ReloadInterval", "00:00:00", "Flows:ReloadInterval")]
    [InlineData("Flows:ReloadDebounce", "00:05:00", "Flows:ReloadDebounce")]
    [InlineData("BotFramework:AllowedServiceUrls:0", "chat.example.com", "BotFramework:AllowedServiceUrls")]
    [InlineData("BotFramework:AllowedServiceUrls:0", "ftp://chat.example.com/", "BotFramework:AllowedServiceUrls")]
    public void Validate_InvalidValue_FailsNamingTheKey(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Harness.RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = Harness.RepositoryRoot.BrandDirectory, [key] = value })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMajordomeStorage(configuration).AddBrandContent(configuration).AddMajordomeData().AddMajordomeBot(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Validate_ShippedConfiguration_Passes()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Harness.RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = Harness.RepositoryRoot.BrandDirectory })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMajordomeStorage(configuration).AddBrandContent(configuration).AddMajordomeData().AddMajordomeBot(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(error);
    }
}
