using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>What the shop says about a quantity it cannot take.</summary>
public static class QuantityMessages
{
    /// <summary>
    /// Why <paramref name="check"/> refuses a quantity of <paramref name="product"/>, with what would be accepted
    /// ("Capsules come in sleeves of 10: would 20 or 30 capsules suit you?"); a plain question when no quantity was
    /// understood (<paramref name="check"/> null).
    /// </summary>
    public static string Refusal(Localizer localizer, BrandSettings settings, QuantityCheck? check, Product product, string language)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(product);
        var suggestions = string.Join($" {localizer.Get(language, "choice.or")} ", check?.Suggestions.Select(s => s.Count) ?? []);
        var key = check?.Reason switch
        {
            null => "shop.quantityNotUnderstood",
            QuantityReason.NotPositive => "shop.quantityNotPositive",
            QuantityReason.NotAMultipleOfSleeve => "shop.quantitySleeves",
            QuantityReason.AboveMaxPerLine => "shop.quantityMax",
            QuantityReason.OutOfStock => "shop.outOfStock",
            _ => "shop.quantityStock",
        };
        return localizer.Get(language, key, new
        {
            suggestions,
            max = settings.MaxQuantityPerLine,
            name = product.Name.In(language),
        });
    }
}
