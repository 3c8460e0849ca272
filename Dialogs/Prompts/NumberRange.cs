namespace Majordome.Dialogs.Prompts;

/// <summary>Bounds a number prompt enforces when passed as <see cref="PromptOptions.Validations"/>.</summary>
/// <param name="Min">The smallest accepted value, inclusive.</param>
/// <param name="Max">The largest accepted value, inclusive.</param>
public sealed record NumberRange(decimal? Min = null, decimal? Max = null)
{
    /// <summary>True when <paramref name="value"/> is within the bounds.</summary>
    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max);
}
