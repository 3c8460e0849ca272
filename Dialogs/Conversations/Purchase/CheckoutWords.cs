using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Conversations.Purchase;

/// <summary>
/// The checkout's own button titles typed in either language ("Check out", "Pick up in a boutique", "Livraison à
/// domicile"): on a shop screen or at a quantity question they are about this order, never a request for another flow.
/// </summary>
internal static class CheckoutWords
{
    private static readonly string[] Keys = ["shop.checkout", "checkout.home", "checkout.pickUp"];

    /// <summary>The delivery mode <paramref name="text"/> names by its button's title ("retrait en boutique"), or null.</summary>
    internal static Commerce.DeliveryMode? ModeOf(string? text, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var typed = TextNormalizer.Normalize(text);
        bool Is(string key) => typed.Length > 0 && Languages.All.Any(language => TextNormalizer.Normalize(localizer.GetPlain(language, key)) == typed);
        return Is("checkout.home") ? Commerce.DeliveryMode.Home : Is("checkout.pickUp") ? Commerce.DeliveryMode.PickUp : null;
    }

    /// <summary>Whether <paramref name="text"/> is one of the checkout's button titles, typed.</summary>
    internal static bool Match(string? text, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var typed = TextNormalizer.Normalize(text);
        return typed.Length > 0 && Languages.All.Any(language => Keys.Any(key => TextNormalizer.Normalize(localizer.GetPlain(language, key)) == typed));
    }
}
