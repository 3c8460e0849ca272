using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Content;

/// <summary>Reads brand.yaml: the brand's name, language, currency and commercial rules.</summary>
internal static class BrandSettingsReader
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "brand.yaml";

    private static readonly string[] TopKeys = ["name", "default_language", "currency", "delivery", "orders", "booking", "reminders"];

    /// <summary>More than this many cups a day is surely a typo (a sleeve count, a price).</summary>
    private const decimal MaxCupsPerDay = 50m;

    /// <summary>The settings, or null when a problem was reported.</summary>
    public static BrandSettings? Read(YamlValue root)
    {
        var top = root.AsMapping();
        if (top is null)
        {
            return null;
        }

        top.AllowOnly(TopKeys);
        var name = top.Required("name")?.AsText();
        var language = top.Required("default_language")?.AsText();
        if (language is not null && !Languages.All.Contains(language))
        {
            top.Required("default_language")!.Report($"the default language must be \"fr\" or \"en\", not \"{language}\".");
            language = null;
        }

        var currency = top.Required("currency")?.AsText();
        if (currency is not null && currency != "EUR")
        {
            // Every amount in catalog.yaml is in euros; another code would mislabel them all.
            top.Required("currency")!.Report($"only EUR is supported (every price in catalog.yaml is in euros), not \"{currency}\".");
            currency = null;
        }

        var delivery = Section(top, "delivery", ["fee", "free_from"]);
        var fee = NonNegative(delivery?.Required("fee"), "the delivery fee");
        var freeFrom = NonNegative(delivery?.Required("free_from"), "the free-delivery amount");
        var orders = Section(top, "orders", ["max_quantity_per_line"]);
        var maxQuantity = Positive(orders?.Required("max_quantity_per_line"));
        var booking = Section(top, "booking", ["horizon_days", "max_party_size", "slot_minutes"]);
        var horizon = Positive(booking?.Required("horizon_days"));
        var party = Positive(booking?.Required("max_party_size"));
        var slot = Positive(booking?.Required("slot_minutes"));

        // Optional: a brand without reminders settings gets the default pace.
        var reminders = top.Optional("reminders")?.AsMapping();
        reminders?.AllowOnly(["cups_per_day"]);
        var cupsValue = reminders?.Optional("cups_per_day");
        var cups = cupsValue is null ? BrandSettings.DefaultReorderCupsPerDay : CupsPerDay(cupsValue);

        return name is null || language is null || currency is null || fee is null || freeFrom is null
            || maxQuantity is null || horizon is null || party is null || slot is null || cups is null
            ? null
            : new BrandSettings(name, language, currency, fee.Value, freeFrom.Value, maxQuantity.Value, horizon.Value, party.Value, slot.Value, cups.Value);
    }

    private static YamlMapping? Section(YamlMapping top, string key, string[] keys)
    {
        var section = top.Required(key)?.AsMapping();
        section?.AllowOnly(keys);
        return section;
    }

    private static decimal? NonNegative(YamlValue? value, string what)
    {
        var amount = value?.AsDecimal();
        if (amount < 0)
        {
            value!.Report($"{what} cannot be negative (found {amount}).");
            return null;
        }

        return amount;
    }

    private static decimal? CupsPerDay(YamlValue value)
    {
        var cups = value.AsDecimal();
        if (cups is <= 0 or > MaxCupsPerDay)
        {
            value.Report($"must be more than 0 and at most {MaxCupsPerDay:0} cups a day (found {cups}).");
            return null;
        }

        return cups;
    }

    private static int? Positive(YamlValue? value)
    {
        var number = value?.AsInt();
        if (number < 1)
        {
            value!.Report($"must be at least 1 (found {number}).");
            return null;
        }

        return number;
    }
}
