namespace Majordome.Tests.Bot.Content;

/// <summary>Edits a valid YAML text in one place, keeping every other line where it was.</summary>
public static class Yaml
{
    public static string With(this string yaml, string oldText, string newText)
    {
        Assert.Contains(oldText, yaml, StringComparison.Ordinal);
        return yaml.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
