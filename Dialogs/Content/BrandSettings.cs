namespace Majordome.Dialogs.Content;

/// <summary>The brand's commercial rules, as written in brand/brand.yaml.</summary>
/// <param name="Name">The brand's name.</param>
/// <param name="DefaultLanguage">"fr" or "en".</param>
/// <param name="Currency">The ISO 4217 code of every price; "EUR".</param>
/// <param name="DeliveryFee">What a delivery costs below <paramref name="FreeDeliveryFrom"/>.</param>
/// <param name="FreeDeliveryFrom">The order amount from which delivery is free.</param>
/// <param name="MaxQuantityPerLine">The most units of one product in one order line.</param>
/// <param name="BookingHorizonDays">How many days ahead a tasting table can be booked.</param>
/// <param name="MaxPartySize">The most people in one booking.</param>
/// <param name="BookingSlotMinutes">The length of one tasting booking slot.</param>
/// <param name="ReorderCupsPerDay">
/// How many capsules a customer drinks a day when their own pace is not known yet (fewer than two orders): the
/// reorder reminder's estimate of when their capsules run out.
/// </param>
public sealed record BrandSettings(
    string Name,
    string DefaultLanguage,
    string Currency,
    decimal DeliveryFee,
    decimal FreeDeliveryFrom,
    int MaxQuantityPerLine,
    int BookingHorizonDays,
    int MaxPartySize,
    int BookingSlotMinutes,
    decimal ReorderCupsPerDay = BrandSettings.DefaultReorderCupsPerDay)
{
    /// <summary>The reorder estimate's cups a day when brand.yaml says none.</summary>
    public const decimal DefaultReorderCupsPerDay = 2m;

    /// <summary>The delivery fee for an order of <paramref name="subtotal"/> euros.</summary>
    public decimal DeliveryFeeFor(decimal subtotal) => subtotal >= FreeDeliveryFrom ? 0m : DeliveryFee;
}
