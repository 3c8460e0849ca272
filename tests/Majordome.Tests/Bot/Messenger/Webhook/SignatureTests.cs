using System.Net;
using System.Text;
using Majordome.Bot.Messenger.Webhook;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>The signature is checked over the raw bytes; a refused body is neither stored nor answered.</summary>
public sealed class SignatureTests : IDisposable
{
    private readonly MessengerHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Post_SignedFixture_IsAcceptedAndAnswered()
    {
        var response = await _host.PostFixtureAsync("text_message.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turns = await _host.WaitForTurnsAsync(1);
        Assert.Equal("Hi, do you ship to Canada?", turns[0].Text);
    }

    [Fact]
    public async Task Post_NoSignatureHeader_IsUnauthorizedAndNothingIsStored()
    {
        var response = await _host.PostAsync(MetaFixtures.Bytes("text_message.json"), sign: false);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_OnlyTheLegacySha1Header_IsUnauthorized()
    {
        var body = MetaFixtures.Bytes("text_message.json");
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
        var response = await _host.PostAsync(MetaFixtures.Bytes("text_message.json"), header);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_SignedWithAnotherSecret_IsForbidden()
    {
        var body = MetaFixtures.Bytes("text_message.json");

        var response = await _host.PostAsync(body, WebhookSignature.Compute(body, "another-app-secret"));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_BodyTamperedAfterSigning_IsForbidden()
    {
        var body = MetaFixtures.Bytes("text_message.json");
        var signature = WebhookSignature.Compute(body, MetaFixtures.AppSecret);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("Canada", "Canadá", StringComparison.Ordinal));

        var response = await _host.PostAsync(tampered, signature);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_SameJsonWithOtherUnicodeEscaping_VerifiesOnlyForTheBytesSigned()
    {
        // Meta signs its \u-escaped encoding; the same JSON with a literal "é" is different bytes.
        var escaped = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaFixtures.Bytes("text_message.json")).Replace("Hi, do", "Caf\\u00e9, do", StringComparison.Ordinal));
        var literal = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaFixtures.Bytes("text_message.json")).Replace("Hi, do", "Café, do", StringComparison.Ordinal));
        var escapedSignature = WebhookSignature.Compute(escaped, MetaFixtures.AppSecret);

        var reencoded = await _host.PostAsync(literal, escapedSignature);
        Assert.Equal(HttpStatusCode.Forbidden, reencoded.StatusCode);
        var original = await _host.PostAsync(escaped, escapedSignature);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);

        var turns = await _host.WaitForTurnsAsync(1);
        Assert.Equal("Café, do you ship to Canada?", turns[0].Text);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, await _host.Inbox.CountPendingAsync());
        Assert.Null(await _host.Inbox.FindBodyAsync($"facebook/{MetaFixtures.PageId}/mid:m_Zk3vQ8rT1uYpL0aXc7NbW2eHs9GdJf4KqM6oR5iUyE8tA1zVwBxCn3PlSgD7hF"));
        await Task.Delay(100);
        Assert.Empty(_host.Runner.Activities);
    }
}
