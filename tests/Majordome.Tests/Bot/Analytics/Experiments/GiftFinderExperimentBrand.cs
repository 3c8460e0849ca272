using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Analytics.Experiments;

/// <summary>
/// A copy of the shipped brand whose gift finder runs a marketer's experiment: variant a keeps the shipped
/// welcome, variant b promises "three questions"; a conversion is the flow's end within a day.
/// </summary>
public static class GiftFinderExperimentBrand
{
    public const string IntroA = "Let's find the perfect gift together!";
    public const string IntroB = "Three questions and I'll find you the perfect gift!";

    /// <summary>Writes the brand into <paramref name="directory"/>.</summary>
    public static void Write(string directory)
    {
        Copy(RepositoryRoot.BrandDirectory, directory);
        var file = Path.Combine(directory, "flows", "gift-finder.yaml");
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        const string FirstSay = """
              - say:
                  fr: Trouvons ensemble le cadeau idéal !
                  en: Let's find the perfect gift together!

            """;
        Assert.Contains(FirstSay, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace("steps:\n" + FirstSay, """
            experiment: three-questions
            variants: { a: 50, b: 50 }
            conversion: { event: end, within: 1d }
            steps:
              - say:
                  fr: Trouvons ensemble le cadeau idéal !
                  en: Let's find the perfect gift together!
                variant: a
              - say:
                  fr: Trois questions et je vous trouve le cadeau idéal !
                  en: Three questions and I'll find you the perfect gift!
                variant: b

            """, StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
