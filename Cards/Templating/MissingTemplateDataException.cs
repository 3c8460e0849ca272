namespace Majordome.Cards.Templating;

/// <summary>Thrown in strict mode when expressions asked for data that was not there.</summary>
public sealed class MissingTemplateDataException : TemplateException
{
    /// <summary>Creates the exception from every missing path found in one binding.</summary>
    public MissingTemplateDataException(string templateName, IReadOnlyList<MissingPath> missingPaths)
        : base(templateName, missingPaths.Count > 0 ? missingPaths[0].JsonPath : "$", Describe(missingPaths))
    {
        MissingPaths = missingPaths;
    }

    /// <summary>Every missing path, in template order.</summary>
    public IReadOnlyList<MissingPath> MissingPaths { get; }

    private static string Describe(IReadOnlyList<MissingPath> missing) =>
        "the data has no value for " + string.Join(", ", missing.Select(m => $"'{m.DataPath}' (at {m.JsonPath})"))
        + ". Add the value to the data or guard the element with $when.";
}
