using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>Every shipped brand/transcripts/*.transcript passes against the real bot: a marketer's test is a repository test.</summary>
[Collection(ShippedBrandBotCollection.Name)]
public sealed class ShippedTranscriptsTests(ShippedBrandBot shipped)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in TranscriptSuite.Find(RepositoryRoot.BrandDirectory))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void ShippedTranscripts_CoverTheGiftFinderInBothLanguages()
    {
        var files = TranscriptSuite.Find(RepositoryRoot.BrandDirectory).Select(Path.GetFileName).ToList();

        Assert.Contains("gift-finder-fr.transcript", files);
        Assert.Contains("gift-finder-en.transcript", files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ShippedTranscript_Passes(string file)
    {
        var path = Path.Combine(RepositoryRoot.BrandDirectory, TranscriptSuite.FolderName, file);

        var run = Assert.Single(await TranscriptSuite.RunAsync(shipped.Bot, [path]));

        Assert.True(run.Passed, TranscriptReport.Of(run));
    }
}
