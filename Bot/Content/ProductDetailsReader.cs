using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads the fields only capsules have (intensity, aromas, cups) and only machines have (milk, pressure, colours).</summary>
internal static class ProductDetailsReader
{
    /// <summary>The fields of a capsule beyond the common ones.</summary>
    public static readonly string[] CapsuleKeys = ["intensity", "aroma_notes", "cup_sizes"];

    /// <summary>The fields of a machine beyond the common ones.</summary>
    public static readonly string[] MachineKeys = ["milk_system", "pressure_bars", "colours"];

    private static readonly Dictionary<string, CupSize> CupSizes = new()
    {
        ["ristretto"] = CupSize.Ristretto,
        ["espresso"] = CupSize.Espresso,
        ["lungo"] = CupSize.Lungo,
        ["mug"] = CupSize.Mug,
    };

    /// <summary>A clearer message than "unknown field" for a capsule field on a machine, and so on.</summary>
    public static string? ExplainMisplaced(string key, ProductCategory? category) =>
        CapsuleKeys.Contains(key) ? $"\"{key}\" only applies to capsules, and this product is in {Name(category)}."
        : MachineKeys.Contains(key) ? $"\"{key}\" only applies to machines, and this product is in {Name(category)}."
        : null;

    /// <summary>The capsule fields, or null when a problem was reported.</summary>
    public static CapsuleDetails? ReadCapsule(YamlMapping product)
    {
        var intensityValue = product.Required(
            "intensity",
            $"a capsule needs an intensity from {CapsuleDetails.MinIntensity} (mild) to {CapsuleDetails.MaxIntensity} (very strong).");
        var intensity = intensityValue?.AsInt();
        if (intensity is < CapsuleDetails.MinIntensity or > CapsuleDetails.MaxIntensity)
        {
            intensityValue!.Report($"the intensity must be from {CapsuleDetails.MinIntensity} to {CapsuleDetails.MaxIntensity} (found {intensity}).");
            intensity = null;
        }

        var notes = product.Required("aroma_notes")?.AsLocalizedList();
        var cups = ReadCupSizes(product.Required("cup_sizes"));
        return intensity is null || notes is null || cups is null ? null : new CapsuleDetails(intensity.Value, notes, cups);
    }

    /// <summary>The machine fields, or null when a problem was reported.</summary>
    public static MachineDetails? ReadMachine(YamlMapping product)
    {
        var milk = product.Required("milk_system")?.AsBool();
        var pressureValue = product.Required("pressure_bars");
        var pressure = pressureValue?.AsInt();
        if (pressure is < 1 or > 30)
        {
            pressureValue!.Report($"the pressure is in bars, from 1 to 30 (found {pressure}).");
            pressure = null;
        }

        var colours = product.Required("colours")?.AsLocalizedList();
        return milk is null || pressure is null || colours is null ? null : new MachineDetails(milk.Value, pressure.Value, colours);
    }

    private static IReadOnlyList<CupSize>? ReadCupSizes(YamlValue? value)
    {
        var items = value?.AsList();
        if (value is null || items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return value.Report<IReadOnlyList<CupSize>>("write at least one cup size: ristretto, espresso, lungo or mug.");
        }

        var sizes = items.Select(i => i.AsChoice("cup size", CupSizes)).ToList();
        return sizes.Any(s => s is null) ? null : [.. sizes.Select(s => s!.Value)];
    }

    private static string Name(ProductCategory? category) => category?.ToString().ToLowerInvariant() ?? "another category";
}
