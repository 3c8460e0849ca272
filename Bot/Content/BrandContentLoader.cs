using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>
/// Loads the brand/ folder a marketer edits (brand.yaml, catalog.yaml, boutiques.yaml, faq.yaml) and validates
/// it. Every file is read to the end even after a problem, so that all problems are reported together.
/// </summary>
public static class BrandContentLoader
{
    /// <summary>The content files, in the order their problems are listed.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [BrandSettingsReader.FileName, CatalogReader.FileName, BoutiquesReader.FileName, FaqReader.FileName];

    /// <summary>Loads and validates the content of <paramref name="directory"/>.</summary>
    /// <exception cref="BrandContentException">Something is missing or wrong; the exception lists every problem.</exception>
    public static BrandContent Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var fullPath = Path.GetFullPath(directory);
        if (!Directory.Exists(fullPath))
        {
            throw new BrandContentException(fullPath, [new ContentProblem(directory, 0, 0, string.Empty,
                "the brand content folder does not exist: set Brand:ContentDirectory in appsettings.json to the folder holding brand.yaml.")]);
        }

        var files = FileNames.Select(name => new SourceFile(name)).ToArray();
        var settings = Read(fullPath, files[0], BrandSettingsReader.Read);
        var products = Read(fullPath, files[1], CatalogReader.Read);
        var boutiques = Read(fullPath, files[2], BoutiquesReader.Read);
        var faq = Read(fullPath, files[3], FaqReader.Read);

        var problems = files.SelectMany(f => f.Problems).ToList();
        if (problems.Count > 0 || settings is null || products is null || boutiques is null || faq is null)
        {
            throw new BrandContentException(fullPath, problems);
        }

        return new BrandContent(settings, products, boutiques, faq);
    }

    private static T? Read<T>(string directory, SourceFile file, Func<YamlValue, T?> reader)
        where T : class =>
        YamlSource.Load(directory, file) is { } root ? reader(root) : null;
}
