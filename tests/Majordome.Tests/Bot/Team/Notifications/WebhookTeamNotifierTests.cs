using System.Text.Json;
using Majordome.Bot.Team.Notifications;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Team.Notifications;

/// <summary>The webhook notice against a receiver that checks its signature: signed, retried on 5xx, never on 4xx.</summary>
public sealed class WebhookTeamNotifierTests
{
    private const string Secret = "a-webhook-secret-of-at-least-32-characters";

    private static readonly TeamNotice Notice = new(
        TeamNoticeEvents.ContactLeft, 12, "directline", "dl-12", "en", "asked for a person", "jane.doe@example.com", null,
        "I agree that the Maison Tasse team may contact me by email at jane.doe@example.com about my request, and for nothing else.",
        new DateTimeOffset(2026, 11, 25, 20, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 20, 30, 1, TimeSpan.Zero));

    [Fact]
    public async Task Send_ServerErrorsThenOk_IsRetried_EachAttemptSigned()
    {
        await using var webhook = await SignatureCheckingWebhook.StartAsync(Secret, 503, 502);

        await Notifier(webhook.Url, Secret).SendAsync(Notice);

        Assert.Equal([(true, 503), (true, 502), (true, 200)], webhook.Received.Select(r => (r.Valid, r.Status)));
        using var json = JsonDocument.Parse(webhook.Received.Last().Body);
        Assert.Equal("request.contact_left", json.RootElement.GetProperty("event").GetString());
        Assert.Equal(12, json.RootElement.GetProperty("requestId").GetInt64());
        Assert.Equal("jane.doe@example.com", json.RootElement.GetProperty("email").GetString());
        Assert.StartsWith("I agree", json.RootElement.GetProperty("consentText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ARefusal_IsNotRetried_AndFailsTheDelivery()
    {
        await using var webhook = await SignatureCheckingWebhook.StartAsync(Secret, 400);

        await Assert.ThrowsAsync<HttpRequestException>(() => Notifier(webhook.Url, Secret).SendAsync(Notice));

        Assert.Single(webhook.Received);
    }

    [Fact]
    public async Task Send_WithAnotherSecret_IsRefusedByTheReceiver()
    {
        await using var webhook = await SignatureCheckingWebhook.StartAsync(Secret);

        await Assert.ThrowsAsync<HttpRequestException>(() => Notifier(webhook.Url, "another-secret-also-32-characters-long!").SendAsync(Notice));

        Assert.Equal([(false, 401)], webhook.Received.Select(r => (r.Valid, r.Status)));
    }

    [Fact]
    public void Validation_AnEnabledWebhookWithoutSecretOrHttps_NamesTheKeys()
    {
        var options = new TeamNotificationOptions();
        options.Webhook.Enabled = true;
        options.Webhook.Url = new Uri("http://crm.example.com/hook");
        options.Webhook.Secret = "short";

        var result = new TeamNotificationValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Team:Notifications:Webhook:Url", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Team:Notifications:Webhook:Secret", result.FailureMessage, StringComparison.Ordinal);
    }

    private static WebhookTeamNotifier Notifier(Uri url, string secret)
    {
        var options = new TeamNotificationOptions();
        options.Webhook.Enabled = true;
        options.Webhook.Url = url;
        options.Webhook.Secret = secret;
        options.Webhook.RetryDelay = TimeSpan.FromMilliseconds(10);
        options.Webhook.Timeout = TimeSpan.FromSeconds(5);
        return new WebhookTeamNotifier(new LoopbackClients(), Options.Create(options), TimeProvider.System);
    }

    private sealed class LoopbackClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new SocketsHttpHandler { AllowAutoRedirect = false });
    }
}
