using System.Net;
using System.Text;
using Majordome.Bot.Messenger.Webhook;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>The signature is checked over the raw bytes; a refused body is neither stored nor answered.</summary>
public sealed class SignatureTests(MessengerHostFixture fixture) : IClassFixture<MessengerHostFixture>
{
    private const string FixtureMid = "m_Zk3vQ8rT1uYpL0aXc7NbW2eHs9GdJf4KqM6oR5iUyE8tA1zVwBxCn3PlSgD7hF";
    private readonly MessengerHost _host = fixture.Host;
    private readonly string _mid = "m_" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Post_SignedFixture_IsAcceptedAndAnswered()
    {
        var response = await _host.PostAsync(Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hi, do you ship to Canada?", (await _host.WaitForTurnAsync(_mid)).Text);
    }

    [Fact]
    public async Task Post_NoSignatureHeader_IsUnauthorizedAndNothingIsStored()
    {
        var response = await _host.PostAsync(Body(), sign: false);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_OnlyTheLegacySha1Header_IsUnauthorized()
    {
        var body = Body();
        var content = new ByteArrayContent(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messenger") { Content = content };
        var sha1 = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA1.HashData(Encoding.UTF8.GetBytes(MetaFixtures.AppSecret), body));
        request.Headers.TryAddWithoutValidation("X-Hub-Signature", "sha1=" + sha1);

        var response = await _host.Client.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("0000")]
    [InlineData("sha1=0123456789abcdef0123456789abcdef01234567")]
    public async Task Post_MalformedSignature_IsForbidden(string header)
    {
        var response = await _host.PostAsync(Body(), header);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_SignedWithAnotherSecret_IsForbidden()
    {
        var body = Body();

        var response = await _host.PostAsync(body, WebhookSignature.Compute(body, "another-app-secret"));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_BodyTamperedAfterSigning_IsForbidden()
    {
        var body = Body();
        var signature = WebhookSignature.Compute(body, MetaFixtures.AppSecret);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("Canada", "Canadá", StringComparison.Ordinal));

        var response = await _host.PostAsync(tampered, signature);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_SameJsonWithOtherUnicodeEscaping_VerifiesOnlyForTheBytesSigned()
    {
        // Meta signs its \u-escaped encoding; the same JSON with a literal "é" is different bytes.
        var escaped = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body()).Replace("Hi, do", "Caf\\u00e9, do", StringComparison.Ordinal));
        var literal = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body()).Replace("Hi, do", "Café, do", StringComparison.Ordinal));
        var escapedSignature = WebhookSignature.Compute(escaped, MetaFixtures.AppSecret);

        var reencoded = await _host.PostAsync(literal, escapedSignature);
        Assert.Equal(HttpStatusCode.Forbidden, reencoded.StatusCode);
        var original = await _host.PostAsync(escaped, escapedSignature);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);

        Assert.Equal("Café, do you ship to Canada?", (await _host.WaitForTurnAsync(_mid)).Text);
    }

    /// <summary>The text_message fixture with a mid of this test's own.</summary>
    private byte[] Body() => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaFixtures.Bytes("text_message.json")).Replace(FixtureMid, _mid, StringComparison.Ordinal));

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Null(await _host.Inbox.FindBodyAsync($"facebook/{MetaFixtures.PageId}/mid:{_mid}"));
        await Task.Delay(100);
        Assert.DoesNotContain(_host.Runner.Activities, a => a.Id == _mid);
    }
}
