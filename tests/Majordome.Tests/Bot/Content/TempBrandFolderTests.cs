namespace Majordome.Tests.Bot.Content;

/// <summary>The valid files every validation test starts from really are valid, so each test sees only its own problem.</summary>
public sealed class TempBrandFolderTests : IDisposable
{
    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_DefaultFiles_LoadsWithoutProblems()
    {
        var content = _folder.Load();

        Assert.Single(content.Products);
        Assert.Single(content.Boutiques);
        Assert.Single(content.Faq);
    }
}
