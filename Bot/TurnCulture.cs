using System.Globalization;

namespace Majordome.Bot;

/// <summary>
/// Keeps a turn's culture cheap. The Bot Framework sets the current culture to a new <see cref="CultureInfo"/>
/// built from the activity's locale at every turn; a new culture rebuilds its number and date formats from ICU the
/// first time something formats or parses a number, which the recognizers do several times per turn. The cached,
/// read-only instance of the same culture formats exactly alike and keeps its formats.
/// </summary>
internal static class TurnCulture
{
    /// <summary>Replaces the current culture by the cached instance of the same culture, when it is a fresh one.</summary>
    public static void UseCachedCulture()
    {
        var current = CultureInfo.CurrentCulture;
        if (current.IsReadOnly || current.GetType() != typeof(CultureInfo) || string.IsNullOrEmpty(current.Name))
        {
            return;
        }

        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(current.Name);
        }
        catch (CultureNotFoundException)
        {
            // A culture made up by a channel stays as the Bot Framework set it.
        }
    }
}
