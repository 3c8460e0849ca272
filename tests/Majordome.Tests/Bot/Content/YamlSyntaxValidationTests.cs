using Majordome.Bot.Content;

namespace Majordome.Tests.Bot.Content;

/// <summary>Files that are not readable YAML, missing or empty are reported with where to look, like any other problem.</summary>
public sealed class YamlSyntaxValidationTests : IDisposable
{
    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_BadIndentation_PointsAtTheLine()
    {
        _folder.Write("catalog.yaml", "products:\n  - sku: CAP-A\n    category: capsules\n   stock: 3\n");

        var problem = _folder.SingleProblem();

        Assert.Equal(("catalog.yaml", 4), (problem.File, problem.Line));
        Assert.StartsWith("this is not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Contains("check the indentation", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedBracket_PointsAtTheBracket()
    {
        _folder.Write("catalog.yaml", "products:\n  - sku: CAP-A\n    similar: [CAP-B, CAP-C\n    stock: 3\n");

        ProblemAssert.At(_folder.SingleProblem(), "catalog.yaml", 3, 14, string.Empty, "this [ or { is never closed");
    }

    [Fact]
    public void Load_SameFieldTwice_PointsAtTheSecond()
    {
        _folder.Write("brand.yaml", TempBrandFolder.Brand.With("currency: EUR", "currency: EUR\ncurrency: EUR"));

        ProblemAssert.At(_folder.SingleProblem(), "brand.yaml", 4, 1, string.Empty, "the field \"currency\" is written twice in the same place: keep one.");
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        _folder.Delete("faq.yaml");

        ProblemAssert.At(_folder.SingleProblem(), "faq.yaml", 0, 0, string.Empty, "the file is missing");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing yet\n")]
    public void Load_EmptyFile_SaysSo(string yaml)
    {
        _folder.Write("faq.yaml", yaml);

        ProblemAssert.At(_folder.SingleProblem(), "faq.yaml", 0, 0, string.Empty, "the file is empty.");
    }

    [Fact]
    public void Load_ListAtTheTop_AsksForFields()
    {
        _folder.Write("boutiques.yaml", "- id: paris\n");

        ProblemAssert.At(_folder.SingleProblem(), "boutiques.yaml", 1, 1, string.Empty, "expected a group of fields (name: value, one per line) but found a list.");
    }

    [Fact]
    public void Load_MissingFolder_SaysWhichSettingToChange()
    {
        var problem = Assert.Single(Assert.Throws<BrandContentException>(() => BrandContentLoader.Load(Path.Combine(_folder.Directory, "nowhere"))).Problems);

        Assert.Contains("Brand:ContentDirectory", problem.Message, StringComparison.Ordinal);
    }
}
