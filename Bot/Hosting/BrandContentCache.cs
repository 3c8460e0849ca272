using Majordome.Bot.Content;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Loads the brand content once: start-up validation and the services that serve it share the same load, so the
/// content checked is the content served.
/// </summary>
internal sealed class BrandContentCache
{
    private readonly Lock gate = new();
    private string? loadedFrom;
    private BrandContent? content;

    /// <summary>The content of <paramref name="directory"/>, loaded on first call.</summary>
    /// <exception cref="BrandContentException">The content has problems; they are all listed.</exception>
    public BrandContent Get(string directory)
    {
        var fullPath = Path.GetFullPath(directory);
        lock (gate)
        {
            if (content is null || loadedFrom != fullPath)
            {
                content = BrandContentLoader.Load(fullPath);
                loadedFrom = fullPath;
            }

            return content;
        }
    }
}
