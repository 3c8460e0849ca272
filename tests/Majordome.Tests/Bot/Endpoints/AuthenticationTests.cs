using System.Net;
using System.Text;

namespace Majordome.Tests.Bot.Endpoints;

/// <summary>With a MicrosoftAppId configured, /api/messages only accepts requests carrying a valid channel JWT.</summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["MicrosoftAppPassword"] = "not-a-real-password",
    });

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Request_WithoutValidToken_IsRejected(string? authorization)
    {
        var client = _factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(
                "{\"type\":\"message\",\"text\":\"hi\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"}}",
                Encoding.UTF8,
                "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
