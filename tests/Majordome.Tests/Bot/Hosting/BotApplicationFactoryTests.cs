namespace Majordome.Tests.Bot.Hosting;

/// <summary>
/// The test host must not take the shipped port (3978): host tests run in parallel, each on a port of its own.
/// </summary>
public sealed class BotApplicationFactoryTests
{
    [Fact]
    public async Task TwoHostsAtOnce_EachListensOnItsOwnFreeLoopbackPort()
    {
        await using var first = new BotApplicationFactory();
        await using var second = new BotApplicationFactory();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        Assert.Equal("127.0.0.1", firstClient.BaseAddress!.Host);
        Assert.NotEqual(3978, firstClient.BaseAddress.Port);
        Assert.NotEqual(firstClient.BaseAddress.Port, secondClient.BaseAddress!.Port);
        Assert.True((await firstClient.GetAsync("/healthz")).IsSuccessStatusCode);
        Assert.True((await secondClient.GetAsync("/healthz")).IsSuccessStatusCode);
    }
}
