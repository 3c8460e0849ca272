using System.Text.Json;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Endpoints;

/// <summary>
/// <c>POST /api/products/{sku}/stock</c> with <c>{ "quantity": 24 }</c>: the brand's back office sets a product's live
/// stock; when it is in stock, every customer still waiting for it is told. 401 without the configured bearer key,
/// 404 for a product the catalog does not sell, 400 for a quantity that is not a whole number from 0 up, 413 for a
/// body over 4 KiB.
/// </summary>
public static class StockEndpoint
{
    /// <summary>The largest body read: a quantity is a few bytes.</summary>
    public const int MaxBodyBytes = 4096;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapStock(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/products/{sku}/stock", PostAsync);
        return endpoints;
    }

    private static async Task<IResult> PostAsync(string sku, HttpContext http, IOptions<BackOfficeOptions> options, ICatalog catalog, IStockLevels stock, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(StockEndpoint).FullName!);
        if (BackOfficeKey.Refusal(http, options.Value.ApiKey, MaxBodyBytes, logger, "Stock") is { } refused)
        {
            return refused;
        }

        if (catalog.FindBySku(sku) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No product {sku} in the catalog.");
        }

        if (await ReadQuantityAsync(http) is not { } quantity)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The body must be {{ \"quantity\": ... }} with {StockQuantity.Rule}.");
        }

        // Told only where the assistant may write first (the scheduler and the waiting list are configured).
        var (change, jobs) = await StockRestock.ApplyAsync(stock, http.RequestServices.GetService<AnticipationServices>(), sku, quantity, http.RequestAborted);
        if (change is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No product {sku} in the stock.");
        }

        logger.LogInformation("Stock of {Sku} set from {Previous} to {Stock}; waiting customers told: {Notified}.", sku, change.Previous, change.Current, jobs.Count);
        return Results.Ok(new { sku, previous = change.Previous, stock = change.Current, notified = jobs.Count });
    }

    private static async Task<int?> ReadQuantityAsync(HttpContext http)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("quantity", out var quantity)
                && quantity.ValueKind == JsonValueKind.Number
                && quantity.TryGetInt64(out var value)
                && StockQuantity.IsValid(value)
                    ? (int)value
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
