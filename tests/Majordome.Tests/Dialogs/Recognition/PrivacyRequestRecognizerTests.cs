using Majordome.Dialogs.Recognition;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Recognition;

/// <summary>
/// The data requests customers type (Dialogs/Understanding/data/privacy-requests.tsv): each line is seen, erased
/// or left alone as its table says; the negatives share words with a request and must stay what they are.
/// </summary>
public sealed class PrivacyRequestRecognizerTests
{
    public static string DataPath => Path.Combine(RepositoryRoot.Path, "tests", "Majordome.Tests", "Dialogs", "Understanding", "data", "privacy-requests.tsv");

    public static TheoryData<string, string> Lines()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(DataPath).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            Assert.True(parts.Length == 2 && parts[1] is "see" or "erase" or "none", $"Malformed line in privacy-requests.tsv: {line}");
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Recognize_EachLineOfTheTable_AsItSays(string text, string expected)
    {
        var kind = PrivacyRequestRecognizer.Recognize(text) switch
        {
            PrivacyRequestKind.SeeMyData => "see",
            PrivacyRequestKind.EraseMyData => "erase",
            _ => "none",
        };

        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Table_HasBothRequestsInBothLanguages_AndNegatives()
    {
        var lines = Lines().Select(row => ((string)row[0], (string)row[1])).ToList();

        Assert.True(lines.Count(l => l.Item2 == "erase") >= 15 && lines.Count(l => l.Item2 == "see") >= 15 && lines.Count(l => l.Item2 == "none") >= 12, "The table lost lines.");
    }
}
