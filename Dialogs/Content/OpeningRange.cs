namespace Majordome.Dialogs.Content;

/// <summary>One stretch of a day during which a boutique is open, such as 10:00–13:00.</summary>
/// <param name="Opens">The opening time, local to the boutique.</param>
/// <param name="Closes">The closing time, always after <paramref name="Opens"/>.</param>
public sealed record OpeningRange(TimeOnly Opens, TimeOnly Closes)
{
    /// <summary>Whether the boutique is open at <paramref name="time"/> (closing time excluded).</summary>
    public bool Contains(TimeOnly time) => time >= Opens && time < Closes;

    /// <inheritdoc />
    public override string ToString() => $"{Opens:HH\\:mm}-{Closes:HH\\:mm}";
}
