using Majordome.Bot.Calendar;
using Majordome.Bot.DirectLine;
using Majordome.Bot.Endpoints;
using Majordome.Bot.Health;
using Majordome.Bot.Messenger.Webhook;
using Majordome.Bot.Privacy.Console;
using Majordome.Bot.Team.Console;
using Majordome.Bot.WhatsApp.Webhook;
using Majordome.Bot.WebChat;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Majordome.Bot.Hosting;

/// <summary>Maps Majordome's HTTP endpoints.</summary>
public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /api/messages</c>, the Direct Line endpoints under <c>/v3/directline</c>, the chat page
    /// (<c>/</c>, <c>/chat</c>, <c>/webchat/*</c>, <c>POST /api/webchat/token</c>), the Messenger webhook
    /// <c>/api/messenger</c>, the WhatsApp webhook <c>/api/whatsapp</c>, the signed calendar links <c>GET /calendar/{reference}.ics</c>, the back office's <c>POST /api/orders/{number}/status</c> and <c>POST /api/products/{sku}/stock</c>, the team console under <c>/team</c> (with its data requests, <c>/team/privacy</c>), <c>GET /healthz</c> (alive, storage answers) and <c>GET /readyz</c> (also done starting).
    /// </summary>
    public static IEndpointRouteBuilder MapMajordomeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMessages();
        endpoints.MapDirectLine();
        endpoints.MapMessengerWebhook();
        endpoints.MapWhatsAppWebhook();
        endpoints.MapWebChat();
        endpoints.MapCalendarLinks();
        endpoints.MapOrderStatus();
        endpoints.MapStock();
        endpoints.MapTeamConsole();
        endpoints.MapTeamPrivacy();
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ReadinessHealthCheck.Tag) });
        endpoints.MapReadiness();
        return endpoints;
    }
}
