namespace Majordome.Dialogs.Content;

/// <summary>What only capsules have.</summary>
/// <param name="Intensity">From <see cref="MinIntensity"/> (mild) to <see cref="MaxIntensity"/> (very strong).</param>
/// <param name="AromaNotes">The aroma notes, each in both languages.</param>
/// <param name="CupSizes">The cups the capsule is meant for.</param>
public sealed record CapsuleDetails(int Intensity, IReadOnlyList<LocalizedText> AromaNotes, IReadOnlyList<CupSize> CupSizes)
{
    /// <summary>Capsules are sold by sleeves of this many; a capsule's price is the price of one sleeve.</summary>
    public const int CapsulesPerSleeve = 10;

    /// <summary>The mildest intensity.</summary>
    public const int MinIntensity = 1;

    /// <summary>The strongest intensity.</summary>
    public const int MaxIntensity = 13;
}
