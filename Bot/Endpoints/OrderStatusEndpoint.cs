using System.Globalization;
using System.Text.Json;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Orders;
using Majordome.Dialogs.Commerce;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// <c>POST /api/orders/{number}/status</c> with <c>{ "status": "shipped" }</c>: the brand's back office moves an order
/// along (prepared, shipped, ready-for-pick-up) and the customer is told. 401 without the configured bearer key, 404
/// for an unknown order, 400 for a status it does not know, 413 for a body over 4 KiB.
/// </summary>
public static class OrderStatusEndpoint
{
    /// <summary>The largest body read: a status is a few bytes.</summary>
    public const int MaxBodyBytes = 4096;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapOrderStatus(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/orders/{number}/status", PostAsync);
        return endpoints;
    }

    private static async Task<IResult> PostAsync(string number, HttpContext http, IOptions<BackOfficeOptions> options, IOrderStatusStore statuses, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(OrderStatusEndpoint).FullName!);
        if (BackOfficeKey.Refusal(http, options.Value.ApiKey, MaxBodyBytes, logger, "Order status") is { } refused)
        {
            return refused;
        }

        string? name;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            name = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
                ? status.GetString()
                : null;
        }
        catch (JsonException)
        {
            name = null;
        }

        if (OrderUpdateStatuses.Parse(name) is not { } newStatus)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The body must be {{ \"status\": ... }} with one of: {string.Join(", ", OrderUpdateStatuses.Names)}.");
        }

        // Told only where the assistant may write first (the scheduler and consents are configured).
        var (order, job) = long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var orderNumber)
            ? await OrderStatusChange.ApplyAsync(statuses, http.RequestServices.GetService<AnticipationServices>(), orderNumber, newStatus, http.RequestAborted)
            : (null, null);
        if (order is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No order {number}.");
        }

        logger.LogInformation("Order {Number} is now {Status}; customer notified: {Notified}.", order.Number, newStatus, job is not null);
        return Results.Ok(new { number = order.Number, status = OrderUpdateStatuses.NameOf(newStatus), notified = job is not null });
    }
}
