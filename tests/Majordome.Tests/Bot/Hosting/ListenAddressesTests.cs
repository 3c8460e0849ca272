using System.Globalization;
using System.Net;
using Majordome.Bot.Hosting;
using Majordome.Tests.Bot.Endpoints;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>Where the bot listens: ASP.NET Core's own settings, as in any ASP.NET Core app; localhost:3978 only without them.</summary>
public sealed class ListenAddressesTests
{
    [Fact]
    public async Task AspNetCoreHttpPorts_AsTheDotNetContainerImagesSetIt_ListensThereOnEveryInterface()
    {
        var port = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);

        // Started, and healthy on 127.0.0.1 at that port: BotProcess waits for it.
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { [BotProcess.HttpPortsVariable] = port, ["Storage:Provider"] = "Memory" });

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var remote = await client.GetAsync(new Uri($"http://{ActivityPosts.NonLoopbackAddress()}:{port}/healthz"));
        Assert.Equal(HttpStatusCode.OK, remote.StatusCode);
    }

    [Fact]
    public void AreConfigured_NothingSet_TheDevelopmentAddressApplies()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json")).Build();

        // The shipped appsettings.json must not pin the address: it would override ASPNETCORE_URLS and the ports.
        Assert.False(ListenAddresses.AreConfigured(configuration));
        Assert.Equal("http://localhost:3978", ListenAddresses.Describe(configuration));
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5000", "http://0.0.0.0:5000")]
    [InlineData("http_ports", "8080", "ports 8080")]
    [InlineData("HTTPS_PORTS", "8443", "ports 8443")]
    public void AreConfigured_AnAspNetCoreSetting_IsWhatIsUsed(string key, string value, string described)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.True(ListenAddresses.AreConfigured(configuration));
        Assert.Equal(described, ListenAddresses.Describe(configuration));
    }
}
