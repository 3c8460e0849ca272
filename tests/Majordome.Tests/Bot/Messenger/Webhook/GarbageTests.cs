using System.Net;
using System.Text;
using static Majordome.Tests.Bot.Messenger.WebhookBodies;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>Signed but malformed bodies get a clear 4xx and nothing is stored; odd but valid ones are acknowledged.</summary>
public sealed class GarbageTests(MessengerHostFixture fixture) : IClassFixture<MessengerHostFixture>
{
    // Tests of one class run one after the other, and those that store events wait until they are processed.
    private readonly MessengerHost _host = fixture.Host;

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[1,2,3]", "one JSON object")]
    [InlineData("{\"object\":\"page\",\"entry\":[]} trailing", "not valid JSON")]
    [InlineData("{\"object\":42,\"entry\":[]}", "\"object\" must be a string")]
    [InlineData("{\"entry\":[]}", "\"object\" must be a string")]
    [InlineData("{\"object\":\"page\"}", "\"entry\" must be an array")]
    [InlineData("{\"object\":\"page\",\"entry\":{}}", "\"entry\" must be an array")]
    [InlineData("{\"object\":\"page\",\"entry\":[42]}", "entry[0] must be an object")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":{\"x\":1}}]}", "entry[0].id must be a string or an integer")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":{}}]}", "entry[0].messaging must be an array")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"standby\":\"x\"}]}", "entry[0].standby must be an array")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[\"x\"]}]}", "entry[0].messaging[0] must be an object")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[{\"sender\":{\"id\":[1]},\"message\":{\"mid\":\"m\",\"text\":\"t\"}}]}]}", "entry[0].messaging[0].sender must be an object")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[{\"sender\":{\"id\":\"1\"},\"timestamp\":\"yesterday\",\"message\":{\"mid\":\"m\"}}]}]}", "timestamp must be an epoch time")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[{\"sender\":{\"id\":\"1\"},\"message\":\"hello\"}]}]}", "message must be an object")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[{\"sender\":{\"id\":\"1\"},\"message\":{\"mid\":\"m\",\"text\":{\"a\":1}}}]}]}", "message.text must be a string")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[{\"sender\":{\"id\":\"1\"},\"message\":{\"mid\":\"m\",\"attachments\":{}}}]}]}", "message.attachments must be an array")]
    public async Task Post_MalformedBody_IsBadRequestWithAClearMessage(string body, string expected)
    {
        var response = await _host.PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(0, await _host.Inbox.CountPendingAsync());
    }

    [Fact]
    public async Task Post_ABadEventAfterGoodOnes_RefusesTheWholeBatch()
    {
        var good = TextEvent("m_good", "hello", 1781190000000);
        var bad = TextEvent("m_bad", "hello", 1781190000000);
        bad["recipient"] = "not an object";

        var response = await _host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new Newtonsoft.Json.Linq.JArray(good, bad))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await _host.Inbox.FindBodyAsync($"facebook/{MetaFixtures.PageId}/mid:m_good"));
    }

    [Fact]
    public async Task Post_InvalidUtf8_IsBadRequest()
    {
        var response = await _host.PostAsync([(byte)'{', 0xC3, 0x28, (byte)'}']);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_IsBadRequest()
    {
        var body = "{\"object\":\"page\",\"entry\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var response = await _host.PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_LargerThanTheLimit_IsPayloadTooLarge()
    {
        var huge = Encoding.UTF8.GetBytes("{\"object\":\"page\",\"entry\":[],\"pad\":\"" + new string('x', (1024 * 1024) + 1) + "\"}");

        var response = await _host.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_LargerThanTheLimitWithoutContentLength_IsPayloadTooLarge()
    {
        var huge = Encoding.UTF8.GetBytes("{\"object\":\"page\",\"pad\":\"" + new string('x', (1024 * 1024) + 1) + "\"}");
        var content = new StreamContent(new MemoryStream(huge));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messenger") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", Majordome.Bot.Messenger.Webhook.WebhookSignature.Compute(huge, MetaFixtures.AppSecret));

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_WhatsAppOrOtherObject_IsAcknowledgedAndIgnored()
    {
        var whatsapp = await _host.PostFixtureAsync("whatsapp_text.json");
        var feed = await _host.PostAsync(Encoding.UTF8.GetBytes("{\"object\":\"user\",\"entry\":[{\"id\":\"1\",\"changes\":[]}]}"));

        Assert.Equal(HttpStatusCode.OK, whatsapp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(0, await _host.Inbox.CountPendingAsync());
    }

    [Fact]
    public async Task Post_EntryForAnUnconfiguredPage_IsNotFound()
    {
        var response = await _host.PostAsync(Body("page", Entry("999999999", new Newtonsoft.Json.Linq.JArray(TextEvent("m_x", "hi", 1781190000000, recipient: "999999999")))));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("999999999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InstagramEntryForAPageId_IsNotFound()
    {
        // The page id is configured for Messenger, not as an Instagram account.
        var response = await _host.PostAsync(Body("instagram", Entry(MetaFixtures.PageId, new Newtonsoft.Json.Linq.JArray(TextEvent("m_x", "hi", 1781190000000)))));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_MixedConfiguredAndUnknownPages_StoresOnlyTheConfiguredOnes()
    {
        var response = await _host.PostAsync(Body("page",
            Entry("999999999", new Newtonsoft.Json.Linq.JArray(TextEvent("m_unknown", "hi", 1781190000000, recipient: "999999999"))),
            Entry(MetaFixtures.PageId, new Newtonsoft.Json.Linq.JArray(TextEvent("m_known", "hello", 1781190000000)))));
        var turn = await _host.WaitForTurnAsync("m_known");
        await _host.DrainAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hello", turn.Text);
        Assert.Null(await _host.Inbox.FindBodyAsync("facebook/999999999/mid:m_unknown"));
    }

    [Fact]
    public async Task Post_EmptyBatchOrEntryWithoutEvents_IsAcknowledged()
    {
        var empty = await _host.PostAsync(Encoding.UTF8.GetBytes("{\"object\":\"page\",\"entry\":[]}"));
        var noEvents = await _host.PostAsync(Body("page", Entry(MetaFixtures.PageId)));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noEvents.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownEventKind_IsAcknowledgedAndNotAnswered()
    {
        var body = Encoding.UTF8.GetBytes("{\"object\":\"page\",\"entry\":[{\"id\":\"104732118823457\",\"messaging\":[{\"sender\":{\"id\":\"7028345619274851\"},\"recipient\":{\"id\":\"104732118823457\"},\"timestamp\":1781190000000,\"game_play\":{\"game_id\":\"1\"}}]}]}");

        var before = _host.Runner.Activities.Count;

        var response = await _host.PostAsync(body);
        await _host.DrainAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, _host.Runner.Activities.Count);
    }
}
