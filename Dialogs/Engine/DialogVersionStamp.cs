namespace Majordome.Dialogs.Engine;

/// <summary>A dialog's version stamp as <see cref="DialogVersion.Of"/> worked it out, in a generation of dialog definitions.</summary>
/// <param name="Generation">The count of definition changes when it was worked out.</param>
/// <param name="Stamp">The stamp.</param>
internal sealed record DialogVersionStamp(int Generation, string Stamp);
