namespace Majordome.Dialogs.Content;

/// <summary>What only machines have: the features customers compare.</summary>
/// <param name="MilkSystem">Whether the machine froths milk.</param>
/// <param name="PressureBars">The pump pressure in bars.</param>
/// <param name="Colours">The colours it comes in, each in both languages.</param>
public sealed record MachineDetails(bool MilkSystem, int PressureBars, IReadOnlyList<LocalizedText> Colours);
