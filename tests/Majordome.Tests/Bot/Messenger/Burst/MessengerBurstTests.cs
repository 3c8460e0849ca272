using Majordome.Tests.Harness.Messenger;

namespace Majordome.Tests.Bot.Messenger.Burst;

/// <summary>
/// A short campaign burst (issue 16): a bot process with its default pacing and concurrency answers 200 signed
/// webhooks from 100 customers on one Page through a Send API on loopback that refuses, as Meta does, any call beyond
/// 300 in a second. Every message is answered once, and each customer's answers come in the order of their messages,
/// although many conversations run at once. Nothing is timed here: <c>bench/Majordome.Bench.Burst</c> measures the
/// time to first reply of the full burst (2,000 messages from 1,000 customers).
/// </summary>
public sealed class MessengerBurstTests
{
    private const string PageId = "1100000000000078";
    private const string Token = "EAAG-burst-test-page-token";

    [Fact]
    public async Task Burst_200MessagesFrom100Customers_EveryOneAnsweredOnce_InEachCustomersOrder()
    {
        await using var sendApi = await ThrottledSendApi.StartAsync(Token, latency: TimeSpan.FromMilliseconds(20));
        var settings = new Dictionary<string, string>
        {
            ["Messenger:AppId"] = "100000000000078",
            ["Messenger:AppSecret"] = "burst-test-app-secret-0123456789",
            ["Messenger:VerifyToken"] = "burst-test-verify-token",
            ["Messenger:GraphBaseUrl"] = sendApi.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = PageId,
            ["Messenger:Pages:0:AccessToken"] = Token,
            ["Understanding:TrainAtStartup"] = "false",
        };

        var outcome = await MessengerBurstDrill.RunAsync(settings, sendApi, customers: 100, messagesPerCustomer: 2, messagesPerSecond: 200, TimeSpan.FromSeconds(90));

        Assert.True(outcome.Messages == 200 && outcome.IsClean, outcome.Describe());
        Assert.Equal(200, outcome.FirstReplyMs.Count);
    }
}
