using Majordome.Bot.Endpoints;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>Which service URLs may receive replies when no credentials vouch for them.</summary>
public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://127.0.0.2/", true)]
    [InlineData("http://localhost:50000/", true)]
    [InlineData("http://[::1]:8080/", true)]
    [InlineData("http://127.0.0.1.attacker.example/", false)]
    [InlineData("http://localhost.attacker.example/", false)]
    [InlineData("http://0.0.0.0/", false)]
    [InlineData("http://169.254.169.254/", false)]
    [InlineData("http://[fe80::1]/", false)]
    [InlineData("https://chat.internal.example/bots/v3/", true)]
    [InlineData("https://chat.internal.example.attacker.example/bots/", false)]
    [InlineData("https://chat.internal.example/other/", false)]
    [InlineData("http://chat.internal.example/bots/", false)]
    public void AllowsWithoutCredentials_LoopbackOrListedPrefixOnly(string serviceUrl, bool allowed)
    {
        var options = new BotFrameworkEndpointOptions();
        options.AllowedServiceUrls.Add("https://chat.internal.example/bots/");

        Assert.Equal(allowed, ServiceUrlPolicy.AllowsWithoutCredentials(new Uri(serviceUrl), options));
    }
}
