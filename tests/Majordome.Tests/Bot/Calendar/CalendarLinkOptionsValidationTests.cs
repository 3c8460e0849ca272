using Majordome.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Calendar;

/// <summary>The calendar links' options: a weak secret or an odd lifetime stops the start, naming the key.</summary>
public sealed class CalendarLinkOptionsValidationTests
{
    [Theory]
    [InlineData("Calendar:LinkSecret", "too-short-a-secret", "Calendar:LinkSecret")]
    [InlineData("Calendar:LinkLifetime", "00:00:10", "Calendar:LinkLifetime")]
    [InlineData("Calendar:LinkLifetime", "400.00:00:00", "Calendar:LinkLifetime")]
    public void Validate_InvalidValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShippedSettings_Pass()
    {
        using var provider = Provider([]);

        Assert.Null(Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate()));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Harness.RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMajordomeCalendarLinks();
        return services.BuildServiceProvider();
    }
}
