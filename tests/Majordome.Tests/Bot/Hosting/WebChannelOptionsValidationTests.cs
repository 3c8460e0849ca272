using Majordome.Bot.DirectLine;
using Majordome.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>The web channel's options: wrong values stop the start naming the key; no secret means a random one.</summary>
public class WebChannelOptionsValidationTests
{
    [Theory]
    [InlineData("DirectLine:Secret", "too-short", "DirectLine:Secret")]
    [InlineData("DirectLine:MaxTextLength", "0", "DirectLine:MaxTextLength")]
    [InlineData("DirectLine:IdleTimeout", "00:00:00", "DirectLine:IdleTimeout")]
    [InlineData("DirectLine:MaxConversations", "0", "DirectLine:MaxConversations")]
    [InlineData("DirectLine:MessagesPerConversationPerMinute", "0", "DirectLine:MessagesPerConversationPerMinute")]
    [InlineData("WebChat:AccentColor", "red;}body{display:none", "WebChat colours")]
    [InlineData("WebChat:BotBubbleColor", "#12345", "WebChat colours")]
    [InlineData("WebChat:BundleUrl", "javascript:alert(1)", "WebChat:BundleUrl")]
    [InlineData("WebChat:BundleUrl", "//evil.example/webchat.js", "WebChat:BundleUrl")]
    [InlineData("WebChat:BotAvatarImage", "data:image/svg+xml,<svg/>", "WebChat:BotAvatarImage")]
    [InlineData("WebChat:BotAvatarInitials", "ABCD", "WebChat:BotAvatarInitials")]
    [InlineData("WebChat:TokensPerIpPerMinute", "0", "WebChat:TokensPerIpPerMinute")]
    public void Validate_InvalidValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSecretConfigured_AStrongRandomOneIsMadeUp_DifferentAtEachStart()
    {
        using var first = Provider([]);
        using var second = Provider([]);

        var a = first.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var b = second.GetRequiredService<IOptions<DirectLineOptions>>().Value;

        Assert.Null(Record.Exception(() => first.GetRequiredService<IStartupValidator>().Validate()));
        Assert.True(a.SecretGenerated);
        Assert.True(a.Secret.Length >= 40);
        Assert.NotEqual(a.Secret, b.Secret);
    }

    [Fact]
    public void ConfiguredSecret_IsKept()
    {
        using var provider = Provider(new() { ["DirectLine:Secret"] = "configured-secret-0123456789" });

        var options = provider.GetRequiredService<IOptions<DirectLineOptions>>().Value;

        Assert.Equal("configured-secret-0123456789", options.Secret);
        Assert.False(options.SecretGenerated);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> overrides)
    {
        overrides["Brand:ContentDirectory"] = Harness.RepositoryRoot.BrandDirectory;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Harness.RepositoryRoot.Path, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMajordomeStorage(configuration).AddBrandContent(configuration).AddMajordomeData().AddMajordomeBot(configuration).AddMajordomeDirectLine(configuration);
        return services.BuildServiceProvider();
    }
}
